/*
 * Camunda Forms in Tasklist (form-js 1.8.7, bundled in lib/deps.js) hard-codes its validation messages
 * in English and offers no translation hook. This module, loaded through config.js "customScripts",
 * rewrites them in French as they appear, as well as the drop-down placeholder ("Select"), the search
 * box placeholder of searchable drop-downs and tag lists ("Search") and the month and weekday names of
 * the date picker (flatpickr, configured in English by form-js).
 * When English is chosen (?lang=en) it does nothing.
 */
const TRANSLATIONS = [
  [/^Field is required\.$/, () => 'Ce champ est obligatoire.'],
  [/^Field must be a valid email\.$/, () => 'Saisissez une adresse e-mail valide.'],
  [/^Field must be a valid +international phone number\..*$/, () => 'Saisissez un numéro de téléphone international valide.'],
  [/^Field must match pattern .*\.$/, () => "Le format saisi n'est pas celui attendu (voir l'aide sous le champ)."],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Saisissez au moins ${m[1]} caractères.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Saisissez au plus ${m[1]} caractères.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `La valeur doit être au moins ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `La valeur doit être au plus ${m[1]}.`],
  [/^Date must match pattern .*$/, () => 'Saisissez une date valide.'],
  [/^Time must match pattern .*$/, () => 'Saisissez une heure valide.']
];

function translate(text) {
  for (const [pattern, french] of TRANSLATIONS) {
    const match = pattern.exec(text.trim());
    if (match) {
      return french(match);
    }
  }
  return null;
}

// Text is changed inside the existing text node: the form library (Preact) keeps a reference to that
// node and updates it later; replacing the node would freeze what the user sees.
function rewriteText(element, french) {
  const node = element.firstChild;
  if (french && node && node.nodeType === Node.TEXT_NODE && node.data !== french) {
    node.data = french;
  }
}

const MONTHS = {
  January: 'janvier', February: 'février', March: 'mars', April: 'avril', May: 'mai', June: 'juin',
  July: 'juillet', August: 'août', September: 'septembre', October: 'octobre', November: 'novembre',
  December: 'décembre'
};
const WEEKDAYS = { Sun: 'dim.', Mon: 'lun.', Tue: 'mar.', Wed: 'mer.', Thu: 'jeu.', Fri: 'ven.', Sat: 'sam.' };

function translateDatePickers(root) {
  root.querySelectorAll('.flatpickr-monthDropdown-month, .flatpickr-current-month .cur-month').forEach((month) => {
    rewriteText(month, MONTHS[(month.textContent || '').trim()]);
  });
  root.querySelectorAll('.flatpickr-weekday').forEach((day) => {
    rewriteText(day, WEEKDAYS[(day.textContent || '').trim()]);
  });
}

function translateErrors(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    rewriteText(item, translate(item.textContent || ''));
  });
  root.querySelectorAll('.fjs-select-placeholder').forEach((placeholder) => {
    if (placeholder.textContent === 'Select') {
      rewriteText(placeholder, 'Choisir…');
    }
  });
  // An attribute, set once when Preact creates the input: rewriting it is not undone by a later render.
  root.querySelectorAll('input.fjs-input[placeholder="Search"], input.fjs-taglist-input[placeholder="Search"]').forEach((input) => {
    input.setAttribute('placeholder', 'Rechercher…');
  });
}

const english = (() => {
  try {
    return window.localStorage.getItem('camunda-webapps-lang') === 'en';
  } catch (e) {
    return false;
  }
})();

if (!english) {
  new MutationObserver(() => {
    translateErrors(document);
    translateDatePickers(document);
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true
  });
}

export default [];
