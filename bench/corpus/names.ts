import type { Random } from './prng.ts';
import type { Culture } from './world.ts';

/** A name in both scripts. */
export interface Bilingual {
  ar: string;
  en: string;
}

/** A synthesised personal name: the full form and the family name used as its short form. */
export interface PersonName {
  full: Bilingual;
  short: Bilingual;
}

type Pair = readonly [en: string, ar: string];
const pairs = (text: string): Pair[] =>
  text
    .trim()
    .split(/\s*;\s*/)
    .map((entry) => {
      const [en, ar] = entry.split('=') as [string, string];
      return [en.trim(), ar.trim()] as const;
    });

// Given names are common real ones; family names are built below so that no real person is named.
const GIVEN: Record<Culture, Pair[]> = {
  arab: pairs(`Mohammed=محمد; Ahmed=أحمد; Ali=علي; Omar=عمر; Khaled=خالد; Youssef=يوسف; Ibrahim=إبراهيم;
    Hassan=حسن; Hussein=حسين; Saeed=سعيد; Faisal=فيصل; Abdullah=عبد الله; Nasser=ناصر; Tariq=طارق;
    Walid=وليد; Sami=سامي; Karim=كريم; Rami=رامي; Fouad=فؤاد; Jamal=جمال; Adel=عادل; Mounir=منير;
    Hisham=هشام; Ziad=زياد; Marwan=مروان; Nabil=نبيل; Riad=رياض; Samir=سمير; Imad=عماد; Mustafa=مصطفى;
    Mahmoud=محمود; Layla=ليلى; Maryam=مريم; Huda=هدى; Nadia=نادية; Rana=رنا; Salma=سلمى; Mona=منى`),
  slavic: pairs(`Sergey=سيرغي; Vladimir=فلاديمير; Dmitry=دميتري; Alexander=ألكسندر; Mikhail=ميخائيل;
    Andrey=أندريه; Igor=إيغور; Nikolai=نيكولاي; Yuri=يوري; Oleg=أوليغ; Maria=ماريا; Yelena=يلينا;
    Anna=آنا; Alexey=ألكسي`),
  persian: pairs(`Mohammad Javad=محمد جواد; Ali Akbar=علي أكبر; Hossein=حسين; Abbas=عباس; Masoud=مسعود;
    Hassan=حسن; Mahdi=مهدي; Reza=رضا; Majid=مجيد; Farhad=فرهاد; Kazem=كاظم; Marzieh=مرضية`),
  turkish: pairs(`Mevlut=مولود; Ahmet=أحمد; Hakan=هاكان; Ibrahim=إبراهيم; Feridun=فريدون; Binali=بن علي;
    Suleyman=سليمان; Murat=مراد; Emine=أمينة; Kemal=كمال; Yasar=يشار`),
  western: pairs(`John=جون; Laurent=لوران; Frank=فرانك; Anna=آنا; Rex=ريكس; Boris=بوريس; Heiko=هايكو;
    Jean=جان; Mike=مايك; Antony=أنتوني; Catherine=كاثرين; Dominic=دومينيك; Marco=ماركو; Luigi=لويجي;
    Paolo=باولو; James=جيمس; David=ديفيد; Emmanuel=إيمانويل; Annalena=أنالينا; Federica=فيديريكا`),
  'east-asian': [],
};

const ROOT_LETTERS = pairs(`b=ب; t=ت; j=ج; h=ح; kh=خ; d=د; r=ر; z=ز; s=س; sh=ش; f=ف; q=ق; k=ك; l=ل;
  m=م; n=ن; gh=غ; t=ط; s=ص`);
const ONSETS = pairs(`b=ب; d=د; f=ف; g=غ; h=ه; k=ك; l=ل; m=م; n=ن; r=ر; s=س; sh=ش; t=ت; v=ف; z=ز; kh=خ;
  p=ب; ch=تش`);
// Arabic writes long vowels only; a short "a" is left unwritten, as transliterated names often are.
const VOWELS = pairs(`a=ا; e=ي; i=ي; o=و; u=و; a=`);
const SUFFIXES: Record<Exclude<Culture, 'arab' | 'east-asian'>, Pair[]> = {
  slavic: pairs('ov=وف; ev=يف; in=ين; enko=ينكو; sky=سكي'),
  persian: pairs('i=ي; zadeh=زاده; pour=بور; ian=يان; nejad=نجاد'),
  turkish: pairs('oglu=أوغلو; kaya=كايا; demir=دمير; er=ر'),
  western: pairs('son=سون; er=ر; ton=تون; ley=لي; ard=ارد; man=مان'),
};
const EAST_ASIAN_FAMILIES = pairs(`Wang=وانغ; Li=لي; Zhang=تشانغ; Chen=تشن; Liu=ليو; Yang=يانغ; Zhao=تشاو;
  Sun=صن; Tanaka=تاناكا; Kumar=كومار; Singh=سينغ; Sato=ساتو`);

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function syllables(random: Random, count: number): Bilingual {
  let en = '';
  let ar = '';
  for (let i = 0; i < count; i++) {
    const [ce, ca] = random.pick(ONSETS);
    const [ve, va] = random.pick(VOWELS);
    en += ce + ve;
    ar += ca + va;
  }
  return { en, ar };
}

// Arabic family names from a three-letter root poured into a nisba pattern: al-Karmi, al-Karimi, al-Karmani.
function arabFamily(random: Random): Bilingual {
  const [a, b, c] = [random.pick(ROOT_LETTERS), random.pick(ROOT_LETTERS), random.pick(ROOT_LETTERS)];
  switch (random.int(4)) {
    case 0:
      return { en: `al-${capital(`${a[0]}a${b[0]}${c[0]}i`)}`, ar: `ال${a[1]}${b[1]}${c[1]}ي` };
    case 1:
      return { en: `al-${capital(`${a[0]}a${b[0]}i${c[0]}i`)}`, ar: `ال${a[1]}${b[1]}ي${c[1]}ي` };
    case 2:
      return { en: `al-${capital(`${a[0]}a${b[0]}${c[0]}ani`)}`, ar: `ال${a[1]}${b[1]}${c[1]}اني` };
    default: {
      const [ge, ga] = random.pick(GIVEN.arab);
      return { en: `Abu ${ge}`, ar: `أبو ${ga}` };
    }
  }
}

function familyName(random: Random, culture: Culture): Bilingual {
  if (culture === 'arab') return arabFamily(random);
  if (culture === 'east-asian') {
    const [en, ar] = random.pick(EAST_ASIAN_FAMILIES);
    return { en, ar };
  }
  const stem = syllables(random, random.between(1, 2));
  const [se, sa] = random.pick(SUFFIXES[culture]);
  return { en: capital(stem.en + se), ar: stem.ar + sa };
}

function givenName(random: Random, culture: Culture): Bilingual {
  if (culture === 'east-asian') {
    const given = syllables(random, random.between(1, 2));
    return { en: capital(given.en), ar: given.ar };
  }
  const [en, ar] = random.pick(GIVEN[culture]);
  return { en, ar };
}

/**
 * Synthesises a plausible name in the given tradition, in Arabic script and Latin transliteration.
 * East Asian names put the family name first, as they are reported.
 */
export function synthesiseName(random: Random, culture: Culture): PersonName {
  const given = givenName(random, culture);
  const family = familyName(random, culture);
  const familyFirst = culture === 'east-asian';
  const join = (first: string, second: string) => `${first} ${second}`;
  return {
    full: {
      ar: familyFirst ? join(family.ar, given.ar) : join(given.ar, family.ar),
      en: familyFirst ? join(family.en, given.en) : join(given.en, family.en),
    },
    short: family,
  };
}
