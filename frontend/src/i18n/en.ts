import type { Messages } from './nl';

/** English texts. The type keeps the keys identical to the Dutch ones. */
const en: Messages = {
  app: {
    name: 'Leercultuur Hub',
    tagline: 'Building a strong learning culture together',
    loading: 'Loading…',
    skipToContent: 'Skip to content',
    mainNav: 'Main menu',
    menu: 'Menu',
    footer: 'The Leercultuur Hub is the platform of the Learning Culture programme: knowledge, community, pilots and evaluations on learning in organisations.',
    footerNav: 'About this site',
  },
  lang: {
    label: 'Language',
    nl: 'Nederlands',
    en: 'English',
  },
  auth: {
    login: 'Sign in',
    logout: 'Sign out',
    signedInAs: 'Signed in as {{name}}',
    unavailable: 'Signing in is not possible right now. You can still use the public pages.',
    loginRequiredTitle: 'Sign-in required',
    loginRequired: 'You need to sign in to use this page.',
    forbiddenTitle: 'No access',
    forbidden: 'You do not have access to this page. If you think this is wrong, please contact the programme team.',
  },
  roles: {
    staff: 'programme team',
    partner: 'partner',
  },
  errors: {
    title: 'Something went wrong',
    generic: 'Something went wrong. Please try again later.',
    network: 'The server cannot be reached. Check your connection and try again.',
    notFoundTitle: 'Page not found',
    notFound: 'This page does not exist (any more). Check the address or go back to the home page.',
    backHome: 'Go to the home page',
    retry: 'Try again',
    status: 'Error code {{status}}',
  },
  shared: {
    pagination: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {{page}}',
    /** The twelve provinces (an organisation's place; filters in several features). */
    province: {
      GRONINGEN: 'Groningen',
      FRIESLAND: 'Friesland',
      DRENTHE: 'Drenthe',
      OVERIJSSEL: 'Overijssel',
      FLEVOLAND: 'Flevoland',
      GELDERLAND: 'Gelderland',
      UTRECHT: 'Utrecht',
      NOORD_HOLLAND: 'North Holland',
      ZUID_HOLLAND: 'South Holland',
      ZEELAND: 'Zeeland',
      NOORD_BRABANT: 'North Brabant',
      LIMBURG: 'Limburg',
    },
    errorSummary: 'Please check the following',
  },
};

export default en;
