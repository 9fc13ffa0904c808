// Draws the dashboard's figures with Chart.js from the JSON the page carries, and offers each chart as
// a PNG download. The same values are in each figure's table, for screen readers and without JavaScript.
(function () {
  'use strict';
  var figures = JSON.parse(document.getElementById('donnees-figures').textContent);
  // Colours distinguishable by people with colour-vision deficiencies, with 3:1 contrast on white.
  var couleurs = ['#00305f', '#c2410c', '#1b7a3a', '#7b3fa0', '#a4000f', '#5a6470'];
  var graphiques = {};

  figures.forEach(function (figure) {
    var canvas = document.getElementById('graphique-' + figure.id);
    if (!canvas) {
      return;
    }
    var horizontal = figure.graphique === 'BARRES_HORIZONTALES';
    var anneau = figure.graphique === 'ANNEAU';
    var jeux = figure.series.map(function (serie, rang) {
      return {
        label: serie,
        data: figure.lignes.map(function (ligne) { return ligne.valeurs[rang]; }),
        backgroundColor: anneau ? couleurs : couleurs[rang % couleurs.length]
      };
    });
    // The delays figure's third series counts dossiers, not days: kept in the table, not drawn.
    if (figure.id === 'delais') {
      jeux = jeux.slice(0, 2);
    }
    graphiques[figure.id] = new Chart(canvas, {
      type: anneau ? 'doughnut' : 'bar',
      data: { labels: figure.lignes.map(function (ligne) { return ligne.libelle; }), datasets: jeux },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: anneau || jeux.length > 1 } }
      }
    });
  });

  document.querySelectorAll('button.telecharger-image').forEach(function (bouton) {
    bouton.addEventListener('click', function () {
      var source = document.getElementById('graphique-' + bouton.dataset.figure);
      // A white background: a transparent PNG reads badly once pasted into a report.
      var copie = document.createElement('canvas');
      copie.width = source.width;
      copie.height = source.height;
      var contexte = copie.getContext('2d');
      contexte.fillStyle = '#ffffff';
      contexte.fillRect(0, 0, copie.width, copie.height);
      contexte.drawImage(source, 0, 0);
      var lien = document.createElement('a');
      lien.href = copie.toDataURL('image/png');
      lien.download = 'tableau-de-bord-' + bouton.dataset.figure + '.png';
      document.body.appendChild(lien);
      lien.click();
      lien.remove();
    });
  });
}());

// Typing a date means "these dates": the selector follows, so the dates are not silently ignored.
(function () {
  'use strict';
  var periode = document.getElementById('periode');
  ['du', 'au'].forEach(function (id) {
    var champ = document.getElementById(id);
    if (champ && periode) {
      champ.addEventListener('change', function () { periode.value = 'dates'; });
    }
  });
}());
