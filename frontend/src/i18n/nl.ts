/** Dutch texts (the default language). en.ts must have exactly the same keys. */
const nl = {
  app: {
    name: 'Leercultuur Hub',
    tagline: 'Samen werken aan een sterke leercultuur',
    loading: 'Bezig met laden…',
    skipToContent: 'Direct naar de inhoud',
    mainNav: 'Hoofdmenu',
    menu: 'Menu',
    footer: 'De Leercultuur Hub is het platform van het programma Leercultuur: kennis, community, pilots en evaluaties over leren in organisaties.',
    footerNav: 'Over deze site',
  },
  lang: {
    label: 'Taal',
    nl: 'Nederlands',
    en: 'English',
  },
  auth: {
    login: 'Inloggen',
    logout: 'Uitloggen',
    signedInAs: 'Ingelogd als {{name}}',
    unavailable: 'Inloggen is op dit moment niet mogelijk. Je kunt de openbare pagina’s wel gebruiken.',
    loginRequiredTitle: 'Inloggen nodig',
    loginRequired: 'Voor deze pagina moet je ingelogd zijn.',
    forbiddenTitle: 'Geen toegang',
    forbidden: 'Je hebt geen toegang tot deze pagina. Denk je dat dit niet klopt? Neem dan contact op met het programmateam.',
  },
  roles: {
    staff: 'programmateam',
    partner: 'partner',
  },
  errors: {
    title: 'Er ging iets mis',
    generic: 'Er ging iets mis. Probeer het later opnieuw.',
    network: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    notFoundTitle: 'Pagina niet gevonden',
    notFound: 'Deze pagina bestaat niet (meer). Controleer het adres of ga terug naar de homepagina.',
    backHome: 'Naar de homepagina',
    retry: 'Opnieuw proberen',
    status: 'Foutcode {{status}}',
  },
  /** Texts of the shared kit (src/shared/), which every feature may use. */
  shared: {
    pagination: 'Paginering',
    previous: 'Vorige',
    next: 'Volgende',
    page: 'Pagina {{page}}',
    /** The twelve provinces (an organisation's place; filters in several features). */
    province: {
      GRONINGEN: 'Groningen',
      FRIESLAND: 'Fryslân',
      DRENTHE: 'Drenthe',
      OVERIJSSEL: 'Overijssel',
      FLEVOLAND: 'Flevoland',
      GELDERLAND: 'Gelderland',
      UTRECHT: 'Utrecht',
      NOORD_HOLLAND: 'Noord-Holland',
      ZUID_HOLLAND: 'Zuid-Holland',
      ZEELAND: 'Zeeland',
      NOORD_BRABANT: 'Noord-Brabant',
      LIMBURG: 'Limburg',
    },
    errorSummary: 'Controleer de volgende punten',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nl>;
export default nl as Messages;
