import { foldPhrase } from './lexicon.ts';

type Bilingual = { ar: string; en: string };

// Outlets that report diplomacy in Arabic, by the names people type for them.
const OUTLETS: Bilingual[] = [
  { ar: 'الوكالة العربية السورية للأنباء (سانا)', en: 'Syrian Arab News Agency (SANA)' },
  { ar: 'الجزيرة', en: 'Al Jazeera' },
  { ar: 'الشرق الأوسط', en: 'Asharq Al-Awsat' },
  { ar: 'وكالة أنباء الإمارات (وام)', en: 'Emirates News Agency (WAM)' },
  { ar: 'وكالة الأنباء الكويتية (كونا)', en: 'Kuwait News Agency (KUNA)' },
  { ar: 'الأهرام', en: 'Al-Ahram' },
  { ar: 'روسيا اليوم', en: 'RT Arabic' },
  { ar: 'الأناضول', en: 'Anadolu Agency' },
  { ar: 'وكالة الأنباء السعودية (واس)', en: 'Saudi Press Agency (SPA)' },
  { ar: 'وكالة الأنباء القطرية (قنا)', en: 'Qatar News Agency (QNA)' },
  { ar: 'وكالة المغرب العربي للأنباء (ومع)', en: 'Maghreb Arabe Presse (MAP)' },
  { ar: 'وكالة الأنباء الأردنية (بترا)', en: 'Jordan News Agency (Petra)' },
  { ar: 'رويترز', en: 'Reuters' },
  { ar: 'فرانس برس', en: 'Agence France-Presse (AFP)' },
  { ar: 'وكالة الأنباء الإيرانية (إرنا)', en: 'Islamic Republic News Agency (IRNA)' },
  { ar: 'العربية', en: 'Al Arabiya' },
  { ar: 'الجريدة', en: 'Al-Jarida' },
  { ar: 'العالم', en: 'Al-Alam' },
];

function keysOf(outlet: Bilingual): string[] {
  const inBrackets = [outlet.ar, outlet.en].flatMap((name) =>
    [...name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] as string),
  );
  const bare = [outlet.ar, outlet.en].map((name) => name.replace(/\s*\([^)]*\)/g, ''));
  return [outlet.ar, outlet.en, ...inBrackets, ...bare].map(foldPhrase);
}

const byKey = new Map(OUTLETS.flatMap((o) => keysOf(o).map((k) => [k, o] as const)));

/** The outlet's name in both languages; a name not on the list is kept as typed, in both. */
export function outletName(typed: string): Bilingual | null {
  const name = typed.trim();
  if (name === '') return null;
  return byKey.get(foldPhrase(name)) ?? { ar: name, en: name };
}
