/*
 * One login for the whole application: Spring Security's page /connexion signs a user in to our pages
 * and to Tasklist, Cockpit and Admin (container-based authentication). The webapps' own login view
 * (route #/login, shown after their « Se déconnecter » or when their API answers 401) posts to an
 * endpoint that no longer signs anyone in, so the browser is sent to /connexion instead.
 * Loaded by each app's config.js "customScripts" as '../shared/scripts/login-redirect' (Camunda imports
 * <application path>/app/<app>/<entry>.js, so one file outside the apps' folders serves all four).
 */
function toTheOneLoginPage() {
  const hash = window.location.hash;
  if (hash.startsWith('#/login') || hash.startsWith('#!/login')) {
    window.location.replace('/connexion');
  }
}

toTheOneLoginPage();
window.addEventListener('hashchange', toTheOneLoginPage);

export default [];
