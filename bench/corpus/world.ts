/** Naming traditions the name synthesiser knows. */
export type Culture = 'arab' | 'slavic' | 'persian' | 'turkish' | 'western' | 'east-asian';

/** A state as the synthetic articles speak of it. */
export interface Country {
  code: string;
  name: { ar: string; en: string };
  /** The adjective after a noun, "وزير الخارجية الروسي" / "Russian". */
  adjective: { ar: string; en: string };
  capital: { ar: string; en: string };
  culture: Culture;
  /** How often its officials appear, relative to the others. */
  weight: number;
}

// Hand-written; capitals double as meeting places and datelines.
const rows: [string, string, string, string, string, string, string, Culture, number][] = [
  ['SY', 'سورية', 'Syria', 'السوري', 'Syrian', 'دمشق', 'Damascus', 'arab', 9],
  ['RU', 'روسيا', 'Russia', 'الروسي', 'Russian', 'موسكو', 'Moscow', 'slavic', 9],
  ['US', 'الولايات المتحدة', 'the United States', 'الأمريكي', 'US', 'واشنطن', 'Washington', 'western', 8],
  ['IR', 'إيران', 'Iran', 'الإيراني', 'Iranian', 'طهران', 'Tehran', 'persian', 7],
  ['SA', 'السعودية', 'Saudi Arabia', 'السعودي', 'Saudi', 'الرياض', 'Riyadh', 'arab', 6],
  ['TR', 'تركيا', 'Turkey', 'التركي', 'Turkish', 'أنقرة', 'Ankara', 'turkish', 6],
  ['EG', 'مصر', 'Egypt', 'المصري', 'Egyptian', 'القاهرة', 'Cairo', 'arab', 5],
  ['FR', 'فرنسا', 'France', 'الفرنسي', 'French', 'باريس', 'Paris', 'western', 4],
  ['GB', 'بريطانيا', 'Britain', 'البريطاني', 'British', 'لندن', 'London', 'western', 3],
  ['DE', 'ألمانيا', 'Germany', 'الألماني', 'German', 'برلين', 'Berlin', 'western', 3],
  ['CN', 'الصين', 'China', 'الصيني', 'Chinese', 'بكين', 'Beijing', 'east-asian', 4],
  ['IQ', 'العراق', 'Iraq', 'العراقي', 'Iraqi', 'بغداد', 'Baghdad', 'arab', 5],
  ['LB', 'لبنان', 'Lebanon', 'اللبناني', 'Lebanese', 'بيروت', 'Beirut', 'arab', 4],
  ['JO', 'الأردن', 'Jordan', 'الأردني', 'Jordanian', 'عمّان', 'Amman', 'arab', 3],
  ['AE', 'الإمارات', 'the UAE', 'الإماراتي', 'Emirati', 'أبوظبي', 'Abu Dhabi', 'arab', 3],
  ['QA', 'قطر', 'Qatar', 'القطري', 'Qatari', 'الدوحة', 'Doha', 'arab', 3],
  ['DZ', 'الجزائر', 'Algeria', 'الجزائري', 'Algerian', 'الجزائر', 'Algiers', 'arab', 2],
  ['OM', 'عُمان', 'Oman', 'العُماني', 'Omani', 'مسقط', 'Muscat', 'arab', 2],
  ['BY', 'بيلاروس', 'Belarus', 'البيلاروسي', 'Belarusian', 'مينسك', 'Minsk', 'slavic', 1],
  ['KZ', 'كازاخستان', 'Kazakhstan', 'الكازاخستاني', 'Kazakh', 'أستانا', 'Astana', 'slavic', 2],
  ['IT', 'إيطاليا', 'Italy', 'الإيطالي', 'Italian', 'روما', 'Rome', 'western', 2],
  ['IN', 'الهند', 'India', 'الهندي', 'Indian', 'نيودلهي', 'New Delhi', 'east-asian', 2],
  ['JP', 'اليابان', 'Japan', 'الياباني', 'Japanese', 'طوكيو', 'Tokyo', 'east-asian', 1],
  ['AF', 'أفغانستان', 'Afghanistan', 'الأفغاني', 'Afghan', 'كابول', 'Kabul', 'persian', 1],
];

/** The states of the synthetic world, most active first. */
export const COUNTRIES: readonly Country[] = rows.map(
  ([code, nameAr, nameEn, adjAr, adjEn, capAr, capEn, culture, weight]) => ({
    code,
    name: { ar: nameAr, en: nameEn },
    adjective: { ar: adjAr, en: adjEn },
    capital: { ar: capAr, en: capEn },
    culture,
    weight,
  }),
);

/** Offices people hold, as a title pattern: `{adj}` is the country's adjective. */
export const OFFICES: readonly { ar: string; en: string; weight: number }[] = [
  { ar: 'وزير الخارجية {adj}', en: '{adj} Foreign Minister', weight: 10 },
  { ar: 'الرئيس {adj}', en: '{adj} President', weight: 3 },
  { ar: 'رئيس الوزراء {adj}', en: '{adj} Prime Minister', weight: 3 },
  { ar: 'نائب وزير الخارجية {adj}', en: '{adj} Deputy Foreign Minister', weight: 5 },
  { ar: 'المبعوث {adj} الخاص', en: '{adj} Special Envoy', weight: 3 },
  { ar: 'سفير {country} لدى الأمم المتحدة', en: '{country} Ambassador to the UN', weight: 3 },
  { ar: 'وزير الدفاع {adj}', en: '{adj} Defence Minister', weight: 2 },
  { ar: 'المتحدث باسم الخارجية {adj}', en: '{adj} foreign ministry spokesperson', weight: 2 },
];

/** What the talks were about; Arabic and English in step. */
export const TOPICS: readonly { ar: string; en: string }[] = [
  { ar: 'سبل تسوية الأزمة في سورية', en: 'ways to settle the crisis in Syria' },
  { ar: 'تعزيز العلاقات الثنائية', en: 'strengthening bilateral relations' },
  { ar: 'التعاون الاقتصادي والتجاري', en: 'economic and trade cooperation' },
  { ar: 'جهود مكافحة الإرهاب', en: 'counter-terrorism efforts' },
  { ar: 'الأوضاع في المنطقة', en: 'the situation in the region' },
  { ar: 'ملف الطاقة', en: 'energy' },
  { ar: 'عودة اللاجئين', en: 'the return of refugees' },
  { ar: 'الأزمة في اليمن', en: 'the crisis in Yemen' },
  { ar: 'الوضع في ليبيا', en: 'the situation in Libya' },
  { ar: 'التحضير للقمة المقبلة', en: 'preparations for the coming summit' },
  { ar: 'نتائج اجتماع فيينا', en: 'the outcome of the Vienna meeting' },
  { ar: 'الملف النووي', en: 'the nuclear file' },
];

/** An outlet that publishes the synthetic articles: all invented (the records say so). */
export interface Outlet {
  id: string;
  ar: string;
  en: string;
  short: { ar: string; en: string };
  /** The language it publishes in. */
  language: 'ar' | 'en';
  /** How much it publishes, relative to the others. */
  weight: number;
}

// Six Arabic outlets and two English ones: about 87 % of the articles are in Arabic.
const outlet = (
  id: string,
  ar: string,
  en: string,
  short: [string, string],
  language: 'ar' | 'en',
  weight: number,
): Outlet => ({ id, ar, en, short: { ar: short[0], en: short[1] }, language, weight });

/** The outlets, most prolific first; one event is reported by several of them when it was big news. */
export const OUTLETS: readonly Outlet[] = [
  outlet('agency-nwa', 'وكالة أنباء الواحة', 'Oasis News Agency', ['واحة', 'ONA'], 'ar', 5),
  outlet('agency-mna', 'وكالة أنباء المشرق', 'Mashriq News Agency', ['مشرق', 'MNA'], 'ar', 4),
  outlet('agency-gwr', 'وكالة الخليج', 'Gulf Wire', ['الخليج', 'GW'], 'ar', 3),
  outlet('paper-levant', 'صحيفة الشام اليومية', 'Levant Daily', ['الشام', 'LD'], 'ar', 2),
  outlet('paper-nile', 'صحيفة مساء النيل', 'Nile Evening', ['النيل', 'NE'], 'ar', 2),
  outlet('radio-cedar', 'إذاعة الأرز', 'Cedar Radio', ['الأرز', 'CR'], 'ar', 1.5),
  outlet('wire-meridian', 'وكالة ميريديان', 'Meridian Wire', ['ميريديان', 'MW'], 'en', 1.5),
  outlet('monitor-crescent', 'مرصد الهلال', 'Crescent Monitor', ['الهلال', 'CM'], 'en', 1),
];

/** Publishers cited by outside notes; invented too. */
export const OUTSIDE_PUBLISHERS: readonly string[] = ['Harbour Wire', 'Cedar Press', 'Delta Monitor'];
