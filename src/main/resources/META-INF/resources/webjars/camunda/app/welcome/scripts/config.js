/*
 * LOCAL OVERRIDE of app/welcome/scripts/config.js from camunda-webapp-webjar 7.24.0.
 * Differs from upstream only by:
 *  - French by default, English on request: see the "Language" block below;
 *  - links: a language switch and « Accueil et tableau de reporting » (our home page, /);
 *  - customScripts: sends the webapp's login view to our one login page /connexion
 *    (../shared/scripts/login-redirect.js).
 * The Community Edition end-of-life banner is hidden in ../styles/user-styles.css
 * (7.24.0 has no config.js option for it). Why and how to upgrade: docs/webapps-fr.md.
 */
/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// --- Language (local addition) ----------------------------------------------
// Upstream (camunda-commons-ui, localeLoader config in camunda-welcome-bootstrap.js)
// picks the browser's first language if it is listed in locales.availableLocales,
// otherwise locales.fallbackLocale. To show French even to a browser set to
// English, only the chosen language is declared: 'fr' unless the user asked for
// English with ?lang=en in the address (remembered in this browser's
// localStorage under 'camunda-webapps-lang'; ?lang=fr switches back).
// Both locales/fr.json and locales/en.json stay served.
const LANG_STORAGE_KEY = 'camunda-webapps-lang';
const LANGS = ['fr', 'en'];
const DEFAULT_LANG = 'fr';

const lang = (function chooseLanguage() {
  let asked = '';
  try {
    const url = new URL(window.location.href);
    const hashMatch = /[?&]lang=([a-zA-Z]{2})\b/.exec(window.location.hash);
    asked = (url.searchParams.get('lang') || (hashMatch ? hashMatch[1] : '')).toLowerCase();
    if (LANGS.includes(asked)) {
      window.localStorage.setItem(LANG_STORAGE_KEY, asked);
    }
    if (url.searchParams.has('lang')) {
      url.searchParams.delete('lang');
      window.history.replaceState(window.history.state, '', url.toString());
    }
    const stored = window.localStorage.getItem(LANG_STORAGE_KEY);
    if (LANGS.includes(stored)) {
      return stored;
    }
  } catch (e) {
    // no localStorage (private mode, policy): fall through
  }
  return LANGS.includes(asked) ? asked : DEFAULT_LANG;
})();
// ----------------------------------------------------------------------------

export default {
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  // Local: the webapp's login view sent to our one login page (see the script's header).
  customScripts: ['../shared/scripts/login-redirect'],
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // Local: only the chosen language (see the Language block above).
  locales: {
    availableLocales: [lang],
    fallbackLocale: lang
  },
  // Local: language switch on the welcome page, our home page, plus upstream's default link
  // (custom links replace the default list, so it is repeated here).
  links: [
    lang === 'fr'
      ? {
          label: 'English',
          href: '?lang=en',
          description: 'Display the Camunda web applications in English'
        }
      : {
          label: 'Français',
          href: '?lang=fr',
          description: 'Afficher les applications web Camunda en français'
        },
    {
      label: 'Accueil et tableau de reporting',
      href: '/',
      description: lang === 'fr'
        ? 'Les dossiers d’accompagnement : accueil, tableau de reporting, exports'
        : 'The accompaniment dossiers: home page, reporting table, exports'
    },
    {
      label: 'DOCUMENTATION',
      href: 'https://docs.camunda.org/manual/latest/webapps/',
      description: 'DOCUMENTATION_DESCRIPTION'
    }
  ],
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
