/**
 * What the parser needs to know about the words of the eight languages the library
 * speaks: which words cannot end a phrase (so a line ending with one is wrapped), which
 * words start a lead-in sentence rather than a heading, and a guess at a text's language.
 */

/** Articles, prepositions, conjunctions and possessives: a line that ends with one goes on. */
const DANGLING = new Set(
  (
    'a an the of to with and or by for in on at from via as into onto than our your their its this that these those is are be was were has have which who whose per such ' +
    'der die das den dem des ein eine einen einem einer eines und oder mit von vom zu zur zum für bei beim im in an am auf aus durch über nach unter sowie ihre ihren ihrer ihrem ihres unsere unserer unseren unserem sowie gegenüber gemäß nach bzw ' +
    "le la les l' un une des du de d' et ou à au aux avec par pour dans sur en sous chez vos votre nos notre leur leurs ce cette ces qui que dont selon " +
    'el los las una del y o al con por para sobre su sus nuestro nuestra nuestros nuestras que cual según ' +
    'il lo gli di della dello dei degli delle e ed alla allo ai agli alle con per da dal dalla dai nel nella nei nelle sul sulla su tra fra che cui ' +
    'het een van en met door voor op aan bij naar uw onze ons hun dat die welke ' +
    'os um uma do da dos das ou pelo pela pelos pelas em no na nos nas seu sua seus suas nosso nossa ' +
    'i lub oraz w we z ze na do od przez dla po za o przy jak który która które'
  ).split(' '),
);

/** Does a line ending with this word go on to the next line? */
export function dangles(line: string): boolean {
  const end = line.trimEnd();
  const word = end.slice(end.lastIndexOf(' ') + 1);
  return word.length <= 8 && DANGLING.has(word.toLowerCase());
}

/** Last words of a line that leads in to a list (`We use your data to:`) rather than heads a section. */
const LEAD_IN = new RegExp(
  '(?:^|\\s)(?:' +
    [
      'to',
      'the following',
      'following',
      'follows',
      'include',
      'includes',
      'including',
      'as',
      'such as',
      'below',
      'with',
      'for',
      'by',
      'e\\.g\\.',
      'namely',
      'about',
      'of',
      'we',
      'us',
      'you',
      'need',
      'when',
      'if',
      'folgt',
      'folgende',
      'folgenden',
      'wie',
      'um',
      'insbesondere',
      'sind',
      'ist',
      'zu',
      'z\\. ?b\\.',
      'u\\. ?a\\.',
      'über',
      'an',
      'für',
      'suivants',
      'suivantes',
      'suit',
      'à',
      'pour',
      'sont',
      'est',
      'notamment',
      'comme',
      'de',
      'des',
      'par',
      'sur',
      'siguientes',
      'sigue',
      'para',
      'son',
      'es',
      'como',
      'a',
      'en',
      'incluyen',
      'seguenti',
      'segue',
      'per',
      'sono',
      'è',
      'come',
      'tra cui',
      'di',
      'volgende',
      'volgt',
      'om',
      'zijn',
      'zoals',
      'onder andere',
      'van',
      'voor',
      'seguintes',
      'seguinte',
      'são',
      'é',
      'incluindo',
      'następujące',
      'następująco',
      'aby',
      'są',
      'jest',
      'np\\.',
      'takie jak',
      'w tym',
      'dla',
      'na',
    ].join('|') +
    ')\\s*:$',
  'iu',
);

/** Pronouns and verbs that start a sentence, not a heading. */
const SENTENCE_START =
  /^(?:we|you|our|your|if|when|this|these|in|for|to|please|wir|sie|ihre|wenn|bitte|nous|vous|votre|vos|si|lorsque|nosotros|usted|cuando|noi|voi|se|quando|wij|u|uw|als|nós|você|quando|my|państwo|jeśli|gdy)\s/iu;

/** A line ending with a colon that introduces what follows instead of naming a section (over a list, any sentence does). */
export function isLeadIn(line: string, overList: boolean): boolean {
  return LEAD_IN.test(line) || (overList && SENTENCE_START.test(line));
}

const STOP: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:the|and|we|you|your|our|with|this|that|will)(?!\p{L})/giu,
  de: /(?<!\p{L})(?:der|die|das|und|wir|ihre|nicht|werden|zur|bei|auf|einer)(?!\p{L})/giu,
  fr: /(?<!\p{L})(?:les|des|nous|vous|vos|votre|est|une|dans|pour|sont|aux)(?!\p{L})/giu,
  es: /(?<!\p{L})(?:los|las|el|usted|sus|para|con|del|una|datos|por)(?!\p{L})/giu,
  it: /(?<!\p{L})(?:il|gli|della|delle|dei|che|sono|per|nel|alla|dati)(?!\p{L})/giu,
  nl: /(?<!\p{L})(?:het|een|wij|uw|van|voor|zijn|niet|worden|gegevens)(?!\p{L})/giu,
  pt: /(?<!\p{L})(?:os|não|uma|para|com|dos|das|seus|pelo|pela|dados)(?!\p{L})/giu,
  pl: /(?<!\p{L})(?:się|nie|jest|że|dla|lub|oraz|danych|przez)(?!\p{L})/giu,
};

/** The language a text is most likely written in, from its commonest words. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  let best = 'en';
  let most = 0;
  for (const [lang, re] of Object.entries(STOP)) {
    const n = sample.match(re)?.length ?? 0;
    if (n > most) [best, most] = [lang, n];
  }
  return best;
}

/** English written the British way reads `03/01/2026` day first. */
export const BRITISH = /(?<!\p{L})(?:organisation|organisations|colour|licence|favour|recognise|whilst|programme|authorised|minimise|analyse)(?!\p{L})/iu;
