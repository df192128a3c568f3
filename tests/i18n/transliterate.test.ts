import { describe, expect, it } from 'vitest';
import words from '../../locales/uz-Cyrl/words.json';
import { transliterateUzLatnToCyrl, type TransliterationExceptions } from '../../src/i18n/transliterate';

const dictionary: TransliterationExceptions = words;
const tr = (text: string): string => transliterateUzLatnToCyrl(text, dictionary);

/**
 * Every Uzbek (Latin) / Uzbek (Cyrillic) pair of ../shared/research/glossary.md, whose Cyrillic
 * column was read by hand. Cells with several forms ("a / b") are split; the English labels
 * ("*(everyday)*") are dropped. Where the rules alone get a word wrong, the fix is in words.json,
 * so these run through the real dictionary.
 */
const GLOSSARY: readonly (readonly [string, string])[] = [
  ['Rossiya Federatsiyasi', 'Россия Федерацияси'],
  ['Oʻzbekiston Respublikasi', 'Ўзбекистон Республикаси'],
  ['fuqaro', 'фуқаро'],
  ['Oʻzbekiston fuqarosi', 'Ўзбекистон фуқароси'],
  ['oʻzbekistonlik', 'ўзбекистонлик'],
  ['chet el fuqarosi', 'чет эл фуқароси'],
  ['xorijiy fuqaro', 'хорижий фуқаро'],
  ['xorijlik', 'хорижлик'],
  ['fuqaroligi boʻlmagan shaxs', 'фуқаролиги бўлмаган шахс'],
  ['Rossiya fuqaroligini olgan shaxs', 'Россия фуқаролигини олган шахс'],
  ['yangi fuqaro', 'янги фуқаро'],
  ['qoʻsh fuqarolik', 'қўш фуқаролик'],
  ['mehnat muhojiri', 'меҳнат муҳожири'],
  ['migrant', 'мигрант'],
  ['vatandosh', 'ватандош'],
  ['yurtdosh', 'юртдош'],
  ['qarindosh', 'қариндош'],
  ['yaqin qarindoshlar', 'яқин қариндошлар'],
  ['shaxsni tasdiqlovchi hujjat', 'шахсни тасдиқловчи ҳужжат'],
  ['hujjat', 'ҳужжат'],
  ['hujjat, hujjatlar', 'ҳужжат, ҳужжатлар'],
  ['pasport', 'паспорт'],
  ['xorijga chiqish pasporti', 'хорижга чиқиш паспорти'],
  ['xorijga chiqish biometrik pasporti', 'хорижга чиқиш биометрик паспорти'],
  ['migratsion karta', 'миграцион карта'],
  ['registratsiya', 'регистрация'],
  ['migratsiya roʻyxatiga qoʻyilish', 'миграция рўйхатига қўйилиш'],
  ['migratsiya roʻyxatidan oʻtish', 'миграция рўйхатидан ўтиш'],
  ['roʻyxatga olinganlik toʻgʻrisida maʼlumotnoma', 'рўйхатга олинганлик тўғрисида маълумотнома'],
  ['patent', 'патент'],
  ['patent toʻlovi', 'патент тўлови'],
  ['avans toʻlovi', 'аванс тўлови'],
  ['chek', 'чек'],
  ['kvitansiya', 'квитанция'],
  ['ishlashga ruxsatnoma', 'ишлашга рухсатнома'],
  ['ish ruxsatnomasi', 'иш рухсатномаси'],
  ['mehnat shartnomasi', 'меҳнат шартномаси'],
  ['fuqarolik-huquqiy shartnoma', 'фуқаролик-ҳуқуқий шартнома'],
  ['tibbiy sugʻurta polisi', 'тиббий суғурта полиси'],
  ['barmoq izini olish', 'бармоқ изини олиш'],
  ['RVP', 'РВП'],
  ['vaqtincha yashash uchun ruxsatnoma', 'вақтинча яшаш учун рухсатнома'],
  ['VNJ', 'ВНЖ'],
  ['yashash uchun ruxsatnoma', 'яшаш учун рухсатнома'],
  ['sertifikat', 'сертификат'],
  ['Oʻzbekiston Respublikasiga qaytish guvohnomasi', 'Ўзбекистон Республикасига қайтиш гувоҳномаси'],
  ['qaytish uchun sertifikat', 'қайтиш учун сертификат'],
  ['nusxa', 'нусха'],
  ['asl nusxa', 'асл нусха'],
  ['imzo', 'имзо'],
  ['maʼlumotnoma', 'маълумотнома'],
  ['bildirishnoma', 'билдиришнома'],
  ['politsiya', 'полиция'],
  ['militsiya', 'милиция'],
  ['politsiya xodimi', 'полиция ходими'],
  ['politsiyachi', 'полициячи'],
  ['huquqni muhofaza qilish organlari', 'ҳуқуқни муҳофаза қилиш органлари'],
  ['MVD', 'МВД'],
  ['Rossiya Ichki ishlar vazirligi (IIV)', 'Россия Ички ишлар вазирлиги (ИИВ)'],
  ['migratsiya boʻlimi', 'миграция бўлими'],
  ['PVS', 'ПВС'],
  ['pasport-viza servisi', 'паспорт-виза сервиси'],
  ['pasport-viza markazi', 'паспорт-виза маркази'],
  ['Saxarovo', 'Сахарово'],
  ['«Saxarovo» koʻp funksiyali migratsiya markazi', '«Сахарово» кўп функцияли миграция маркази'],
  ['MMS', 'ММЦ'],
  ['hujjatlarni tekshirish', 'ҳужжатларни текшириш'],
  ['politsiya tekshiruvi', 'полиция текшируви'],
  ['reyd', 'рейд'],
  ['otdel', 'отдел'],
  ['politsiya boʻlimi', 'полиция бўлими'],
  ['ichki ishlar boʻlimi', 'ички ишлар бўлими'],
  ['avtozak', 'автозак'],
  ['OMON', 'ОМОН'],
  ['Rosgvardiya', 'Росгвардия'],
  ['Tergov qoʻmitasi', 'Тергов қўмитаси'],
  ['tergovchi', 'терговчи'],
  ['soʻroq', 'сўроқ'],
  ['pul talab qilish', 'пул талаб қилиш'],
  ['haqorat', 'ҳақорат'],
  ['maʼmuriy huquqbuzarlik', 'маъмурий ҳуқуқбузарлик'],
  ['KoAP', 'КоАП'],
  ['RF Maʼmuriy huquqbuzarlik kodeksi', 'РФ Маъмурий ҳуқуқбузарлик кодекси'],
  ['maʼmuriy javobgarlik', 'маъмурий жавобгарлик'],
  ['jarima', 'жарима'],
  ['shtraf', 'штраф'],
  ['protokol', 'протокол'],
  ['bayonnoma', 'баённома'],
  ['tushuntirish', 'тушунтириш'],
  ['yozma tushuntirish', 'ёзма тушунтириш'],
  ['eʼtiroz', 'эътироз'],
  ['ushlab turish', 'ушлаб туриш'],
  ['ushlash, ushlandi', 'ушлаш, ушланди'],
  ['qoʻlga olish', 'қўлга олиш'],
  ['maʼmuriy ushlab turish', 'маъмурий ушлаб туриш'],
  ['hibsga olish', 'ҳибсга олиш'],
  ['qamoqqa olish', 'қамоққа олиш'],
  ['maʼmuriy qamoq', 'маъмурий қамоқ'],
  ['sud', 'суд'],
  ['sudya', 'судья'],
  ['sud qarori', 'суд қарори'],
  ['hukm', 'ҳукм'],
  ['sud hukmi', 'суд ҳукми'],
  ['shikoyat qilish', 'шикоят қилиш'],
  ['apellyatsiya', 'апелляция'],
  ['advokat', 'адвокат'],
  ['yurist', 'юрист'],
  ['himoyachi', 'ҳимоячи'],
  ['bepul huquqiy yordam', 'бепул ҳуқуқий ёрдам'],
  ['tarjimon', 'таржимон'],
  ['huquq', 'ҳуқуқ'],
  ['majburiyat', 'мажбурият'],
  ['burch', 'бурч'],
  ['ona tilida soʻzlash huquqi', 'она тилида сўзлаш ҳуқуқи'],
  ['koʻrsatuv berishdan bosh tortish', 'кўрсатув беришдан бош тортиш'],
  ['gumonlanuvchi', 'гумонланувчи'],
  ['gumon qilinuvchi', 'гумон қилинувчи'],
  ['ayblanuvchi', 'айбланувчи'],
  ['jabrlanuvchi', 'жабрланувчи'],
  ['guvoh', 'гувоҳ'],
  ['dalil', 'далил'],
  ['jinoyat ishi', 'жиноят иши'],
  ['jinoiy ish', 'жиноий иш'],
  ['ariza', 'ариза'],
  ['yozma ariza', 'ёзма ариза'],
  ['murojaat', 'мурожаат'],
  ['maʼmuriy chiqarib yuborish', 'маъмурий чиқариб юбориш'],
  ['chiqarib yuborish', 'чиқариб юбориш'],
  ['majburiy chiqarib yuborish', 'мажбурий чиқариб юбориш'],
  ['majburan chiqarib yuborish', 'мажбуран чиқариб юбориш'],
  ['deport boʻlish', 'депорт бўлиш'],
  ['deportatsiya', 'депортация'],
  ['readmissiya', 'реадмиссия'],
  ['zapret', 'запрет'],
  ['kirish taqiqi', 'кириш тақиқи'],
  ['Rossiyaga kirishga taqiq', 'Россияга киришга тақиқ'],
  ['kirishi taqiqlangan shaxslar roʻyxati', 'кириши тақиқланган шахслар рўйхати'],
  ['nazorat qilinadigan shaxslar reyestri (RKL)', 'назорат қилинадиган шахслар реестри (РКЛ)'],
  ['nazorat ostidagi shaxslar reyestri', 'назорат остидаги шахслар реестри'],
  ['chiqarib yuborish rejimi', 'чиқариб юбориш режими'],
  ['«Amina» mobil ilovasi', '«Амина» мобиль иловаси'],
  ['spetspriyomnik', 'спецприёмник'],
  ['maxsus qabulxona', 'махсус қабулхона'],
  ['deportatsiya markazi', 'депортация маркази'],
  ['chet el fuqarolarini vaqtincha saqlash markazi', 'чет эл фуқароларини вақтинча сақлаш маркази'],
  ['maxsus muassasa', 'махсус муассаса'],
  ['elchixona', 'элчихона'],
  ['Oʻzbekistonning Rossiyadagi elchixonasi', 'Ўзбекистоннинг Россиядаги элчихонаси'],
  ['konsullik', 'консуллик'],
  ['konsullik muassasasi', 'консуллик муассасаси'],
  ['Bosh konsulxona', 'Бош консулхона'],
  ['Bosh konsullik', 'Бош консуллик'],
  ['konsul', 'консул'],
  ['bosh konsul', 'бош консул'],
  ['konsullik boʻlimi', 'консуллик бўлими'],
  ['konsullik hisobi', 'консуллик ҳисоби'],
  ['vaqtincha konsullik roʻyxati', 'вақтинча консуллик рўйхати'],
  ['konsullik tashrifi', 'консуллик ташрифи'],
  ['diplomatik vakolatxonalar', 'дипломатик ваколатхоналар'],
  ['Tashqi ishlar vazirligi (TIV)', 'Ташқи ишлар вазирлиги (ТИВ)'],
  ['Migratsiya agentligi', 'Миграция агентлиги'],
  ['Vazirlar Mahkamasi huzuridagi Migratsiya agentligi', 'Вазирлар Маҳкамаси ҳузуридаги Миграция агентлиги'],
  [
    'Migratsiya agentligining Rossiya Federatsiyasidagi vakolatxonasi',
    'Миграция агентлигининг Россия Федерациясидаги ваколатхонаси',
  ],
  ['ombudsman', 'омбудсман'],
  ['Oliy Majlisning Inson huquqlari boʻyicha vakili', 'Олий Мажлиснинг Инсон ҳуқуқлари бўйича вакили'],
  ['ishonch telefoni', 'ишонч телефони'],
  ['qaynoq liniya', 'қайноқ линия'],
  ['koll-markaz', 'колл-марказ'],
  ['call-markaz', 'call-марказ'],
  ['konsullik-huquqiy yordam', 'консуллик-ҳуқуқий ёрдам'],
  ['vatanga qaytish', 'ватанга қайтиш'],
  ['ish beruvchi', 'иш берувчи'],
  ['oylik', 'ойлик'],
  ['maosh', 'маош'],
  ['ish haqi', 'иш ҳақи'],
  ['toʻlanmagan ish haqi', 'тўланмаган иш ҳақи'],
  ['ish haqi kechiktirilgan', 'иш ҳақи кечиктирилган'],
  ['ish haqini undirish', 'иш ҳақини ундириш'],
  ['majburiy mehnat', 'мажбурий меҳнат'],
  ['pasporti olib qoʻyilgan', 'паспорти олиб қўйилган'],
  ['mehnat inspeksiyasi', 'меҳнат инспекцияси'],
  ['prokuratura', 'прокуратура'],
  ['shikoyat', 'шикоят'],
  ['qarz', 'қарз'],
  ['qarzdor', 'қарздор'],
  ['kredit', 'кредит'],
  ['sud ijrochilari', 'суд ижрочилари'],
  ['pristav', 'пристав'],
  ['chet elga chiqishga taqiq', 'чет элга чиқишга тақиқ'],
  ['chiqishni cheklash', 'чиқишни чеклаш'],
  ['firibgarlar', 'фирибгарлар'],
  ['Rossiya Mudofaa vazirligi', 'Россия Мудофаа вазирлиги'],
  ['Qurolli Kuchlar', 'Қуролли Кучлар'],
  ['kontrakt', 'контракт'],
  ['shartnoma', 'шартнома'],
  ['harbiy shartnoma', 'ҳарбий шартнома'],
  ['harbiy xizmat', 'ҳарбий хизмат'],
  ['imzolash', 'имзолаш'],
  ['imzo qoʻyish', 'имзо қўйиш'],
  ['imzolashdan bosh tortish', 'имзолашдан бош тортиш'],
  ['majburlash', 'мажбурлаш'],
  ['tahdid', 'таҳдид'],
  ['qoʻrqitish', 'қўрқитиш'],
  ['zoʻravonlik', 'зўравонлик'],
  ['kuch ishlatish', 'куч ишлатиш'],
  ['jismoniy kuch ishlatish', 'жисмоний куч ишлатиш'],
  ['kaltaklash', 'калтаклаш'],
  ['tan jarohati', 'тан жароҳати'],
  ['voyenkomat', 'военкомат'],
  ['harbiy komissariat', 'ҳарбий комиссариат'],
  ['chaqiruv qogʻozi', 'чақирув қоғози'],
  ['chaqiruvnoma', 'чақирувнома'],
  ['povestka', 'повестка'],
  ['harbiy roʻyxatga olish', 'ҳарбий рўйхатга олиш'],
  ['harbiy roʻyxatdan oʻtish', 'ҳарбий рўйхатдан ўтиш'],
  ['safarbarlik', 'сафарбарлик'],
  ['mobilizatsiya', 'мобилизация'],
  ['qisman safarbarlik', 'қисман сафарбарлик'],
  ['yollash', 'ёллаш'],
  ['urushga jalb qilish', 'урушга жалб қилиш'],
  ['urush', 'уруш'],
  ['front', 'фронт'],
  ['Jinoyat kodeksi', 'Жиноят кодекси'],
  ['modda', 'модда'],
  ['yollanish', 'ёлланиш'],
  ['yollanmachilik', 'ёлланмачилик'],
  [
    'chet davlatlarning harbiy xizmatiga, xavfsizlik, politsiya, harbiy adliya organlari yoki shunga oʻxshash boshqa organlariga xizmatga kirish, yollanish',
    'чет давлатларнинг ҳарбий хизматига, хавфсизлик, полиция, ҳарбий адлия органлари ёки шунга ўхшаш бошқа органларига хизматга кириш, ёлланиш',
  ],
  ['xorijdagi harbiy mojarolarda ishtirok etish', 'хориждаги ҳарбий можароларда иштирок этиш'],
  ['jinoiy javobgarlik', 'жиноий жавобгарлик'],
  ['ozodlikdan mahrum qilish', 'озодликдан маҳрум қилиш'],
  ['qamoqxona', 'қамоқхона'],
  ['qamoq', 'қамоқ'],
  ['koloniya', 'колония'],
  ['jazoni ijro etish koloniyasi', 'жазони ижро этиш колонияси'],
  ['axloq tuzatish ishlari', 'ахлоқ тузатиш ишлари'],
  ['ozodlikni cheklash', 'озодликни чеклаш'],
  ['bazaviy hisoblash miqdori (BHM)', 'базавий ҳисоблаш миқдори (БҲМ)'],
  ['favqulodda vaziyat', 'фавқулодда вазият'],
  ['112 yagona raqami', '112 ягона рақами'],
  ['yagona dispetcherlik xizmati', 'ягона диспетчерлик хизмати'],
  ['shoshilinch yordam', 'шошилинч ёрдам'],
  ['tez yordam', 'тез ёрдам'],
  ['tez tibbiy yordam', 'тез тиббий ёрдам'],
  ['shoshilinch tibbiy yordam', 'шошилинч тиббий ёрдам'],
  ['politsiya (102)', 'полиция (102)'],
  ['yordam', 'ёрдам'],
  ['xavfsizlik', 'хавфсизлик'],
  ['telefon raqami', 'телефон рақами'],
  ['manzil', 'манзил'],
  ['ish vaqti', 'иш вақти'],
  ['qabul vaqti', 'қабул вақти'],
  ['Imzolamang!', 'Имзоламанг!'],
  ['Men buni imzolamayman.', 'Мен буни имзоламайман.'],
  ['Men shartnomani imzolashdan bosh tortaman.', 'Мен шартномани имзолашдан бош тортаман.'],
  ['Men rus tilini yaxshi tushunmayman.', 'Мен рус тилини яхши тушунмайман.'],
  ['Tarjimon talab qiling.', 'Таржимон талаб қилинг.'],
  ['Nusxasini soʻrang.', 'Нусхасини сўранг.'],
  ['Eʼtirozingizni yozing.', 'Эътирозингизни ёзинг.'],
  ['Menga advokat kerak.', 'Менга адвокат керак.'],
  ['Men Oʻzbekiston fuqarosiman.', 'Мен Ўзбекистон фуқаросиман.'],
  ['Oʻzbekiston konsulligiga qoʻngʻiroq qilmoqchiman.', 'Ўзбекистон консуллигига қўнғироқ қилмоқчиман.'],
  ['Pasportimni qaytaring.', 'Паспортимни қайтаринг.'],
  ['Qarindoshlarimga xabar bering.', 'Қариндошларимга хабар беринг.'],
];

describe('glossary pairs (Latin → Cyrillic, with words.json)', () => {
  it('has the full glossary list', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(80);
  });
  it.each(GLOSSARY)('%s → %s', (latin, cyrillic) => {
    expect(tr(latin)).toBe(cyrillic);
  });
});

describe('letters and digraphs', () => {
  it.each([
    ['sh', 'shaxs', 'шахс'],
    ['ch', 'chek', 'чек'],
    ['ng is н + г', 'yangi', 'янги'],
    ['ng before gʻ', 'qoʻngʻiroq', 'қўнғироқ'],
    ['oʻ', 'toʻlov', 'тўлов'],
    ['gʻ', 'sugʻurta', 'суғурта'],
    ['yo', 'yordam', 'ёрдам'],
    ['yu', 'yurist', 'юрист'],
    ['ya', 'yaqin', 'яқин'],
    ['ye', 'yetti', 'етти'],
    ['ye after a vowel', 'poyezd', 'поезд'],
    ['yoʻ is й + ў', 'yoʻq', 'йўқ'],
    ['yoʻ inside a word', 'qiyoʻq', 'қийўқ'],
    ['y before a consonant', 'roʻyxat', 'рўйхат'],
    ['double y', 'tayyor', 'тайёр'],
    ['x', 'xabar', 'хабар'],
    ['h', 'hujjat', 'ҳужжат'],
    ['q', 'qarz', 'қарз'],
    ['j', 'jarima', 'жарима'],
    ['y', 'oylik', 'ойлик'],
    ['all simple letters', 'abdfghijklmnopqrstuvxyz', 'абдфгҳижклмнопқрстувхйз'],
  ])('%s: %s → %s', (_rule, latin, cyrillic) => {
    expect(tr(latin)).toBe(cyrillic);
  });

  it('keeps ts as т + с by default (native t + s)', () => {
    expect(tr('ketsa aytsa oʻtsa patentsiz')).toBe('кетса айтса ўтса патентсиз');
    expect(transliterateUzLatnToCyrl('politsiya')).toBe('политсия');
  });

  it('gets ц for ts only from the dictionary', () => {
    expect(tr('politsiya registratsiya')).toBe('полиция регистрация');
    expect(transliterateUzLatnToCyrl('aktsiya', { aktsiya: 'акция' })).toBe('акция');
  });
});

describe('e: э or е', () => {
  it.each([
    ['word-initial e', 'elchixona', 'элчихона'],
    ['word-initial E', 'Eʼtiroz', 'Эътироз'],
    ['inner e', 'tekshirish', 'текшириш'],
    ['both', 'ega emas', 'эга эмас'],
    ['after a vowel', 'aeroport', 'аэропорт'],
    ['after a hyphen', 'ona-era', 'она-эра'],
    ['after digits and a hyphen', '5-etaj', '5-этаж'],
  ])('%s: %s → %s', (_rule, latin, cyrillic) => {
    expect(tr(latin)).toBe(cyrillic);
  });
});

describe('capitalisation', () => {
  it.each([
    ['Sh', 'Shaxs', 'Шахс'],
    ['SH in an all-caps word', 'SHAXS', 'ШАХС'],
    ['Ch', 'Chet el', 'Чет эл'],
    ['Oʻ', 'Oʻzbekiston', 'Ўзбекистон'],
    ['OʻZ all caps', 'OʻZBEKISTON', 'ЎЗБЕКИСТОН'],
    ['Gʻ', 'Gʻalaba', 'Ғалаба'],
    ['Yo', 'Yordam', 'Ёрдам'],
    ['YO', 'YORDAM', 'ЁРДАМ'],
    ['Yoʻ', 'Yoʻl', 'Йўл'],
    ['E', 'Elchixona', 'Элчихона'],
    ['tutuq in caps', 'MAʼLUMOT', 'МАЪЛУМОТ'],
    ['mixed abbreviation', 'KoAP', 'КоАП'],
    ['dictionary, capitalised', 'Politsiya', 'Полиция'],
    ['dictionary, all caps', 'POLITSIYA', 'ПОЛИЦИЯ'],
    ['dictionary stem + suffix, all caps', 'POLITSIYAGA', 'ПОЛИЦИЯГА'],
    ['dictionary abbreviation + suffix', 'MMSga', 'ММЦга'],
  ])('%s: %s → %s', (_rule, latin, cyrillic) => {
    expect(tr(latin)).toBe(cyrillic);
  });
});

describe('apostrophe variants', () => {
  it.each([
    ['U+02BB', 'Oʻzbekiston'],
    ['U+2018', 'O‘zbekiston'],
    ['U+2019', 'O’zbekiston'],
    ['U+0027', "O'zbekiston"],
    ['U+0060', 'O`zbekiston'],
    ['U+02BC (common on official sites)', 'Oʼzbekiston'],
  ])('oʻ written with %s', (_sign, latin) => {
    expect(tr(latin)).toBe('Ўзбекистон');
  });

  it.each([
    ['U+02BB', 'qoʻngʻiroq'],
    ['U+2019', 'qo’ng’iroq'],
    ['U+0027', "qo'ng'iroq"],
    ['U+0060', 'qo`ng`iroq'],
  ])('gʻ written with %s', (_sign, latin) => {
    expect(tr(latin)).toBe('қўнғироқ');
  });

  it('reads a final apostrophe after g as gʻ', () => {
    expect(tr("tog' bog’")).toBe('тоғ боғ');
  });

  it('leaves quote marks around words alone', () => {
    expect(tr("'bino' ‘imzo’ 'tog' qiling'")).toBe("'бино' ‘имзо’ 'тог' қилинг'");
  });
});

describe('tutuq', () => {
  it.each([
    ['U+02BC', 'maʼlumotnoma', 'маълумотнома'],
    ['U+0027', "ma'lumotnoma", 'маълумотнома'],
    ['U+2019', 'ma’lumotnoma', 'маълумотнома'],
    ['word-initial e', "e'tiroz", 'эътироз'],
    ['after a consonant', 'sanʼat', 'санъат'],
    ['at the end of a word', 'mamnuʼ', 'мамнуъ'],
    ['s + tutuq + h is с + ҳ', 'Isʼhoq', 'Исҳоқ'],
    ['s + apostrophe + h', "Mus'haf", 'Мусҳаф'],
  ])('%s: %s → %s', (_rule, latin, cyrillic) => {
    expect(tr(latin)).toBe(cyrillic);
  });
});

describe('exception dictionary', () => {
  it.each([
    ['sentabr', 'сентябрь'],
    ['oktabr', 'октябрь'],
    ['noyabr', 'ноябрь'],
    ['dekabr', 'декабрь'],
    ['yanvar', 'январь'],
    ['fevral', 'февраль'],
    ['iyun', 'июнь'],
    ['iyul', 'июль'],
    ['obyekt', 'объект'],
    ['subyekt', 'субъект'],
    ['aksiya', 'акция'],
    ['stansiyasi', 'станцияси'],
    ['deklaratsiya', 'декларация'],
    ['konstitutsiyasi', 'конституцияси'],
    ['konvensiya', 'конвенция'],
    ['sudyalar', 'судьялар'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(tr(latin)).toBe(cyrillic);
  });

  it('drops the final ь of a month before a suffix, as Uzbek Cyrillic does', () => {
    expect(tr('1-sentabrdan 1-oktabrgacha, yanvarda')).toBe('1-сентябрдан 1-октябргача, январда');
  });

  it('leaves words the rules already get right out of the dictionary', () => {
    for (const latin of ['rossiya', 'konsullik', 'patent', 'advokat', 'avgust', 'reyestr', 'pensiya']) {
      expect(Object.keys(words)).not.toContain(latin);
      expect(Object.keys(words)).not.toContain(`${latin}*`);
    }
    expect(tr('Rossiya konsullik patent advokat avgust reyestr pensiya')).toBe(
      'Россия консуллик патент адвокат август реестр пенсия',
    );
  });

  it('matches whole words case-insensitively and ignores apostrophe spelling', () => {
    expect(transliterateUzLatnToCyrl("Mo'jiza", dictionary)).toBe('Мўъжиза');
    expect(transliterateUzLatnToCyrl('Sentabr', { sentabr: 'сентябрь' })).toBe('Сентябрь');
    // A plain key is whole-word only: the suffixed form falls back to the rules.
    expect(transliterateUzLatnToCyrl('sentabrda', { sentabr: 'сентябрь' })).toBe('сентабрда');
  });

  it('prefers a whole-word key over a stem, and the longest stem', () => {
    const exceptions = { 'ab*': 'X', 'abt*': 'Y', abd: 'Z' };
    expect(transliterateUzLatnToCyrl('abda', exceptions)).toBe('Xда');
    expect(transliterateUzLatnToCyrl('abd', exceptions)).toBe('Z');
    expect(transliterateUzLatnToCyrl('abtde', exceptions)).toBe('Yде');
  });

  it('takes the first spelling of a stem listed twice', () => {
    expect(transliterateUzLatnToCyrl('oʻzbekcha', { 'oʻzbek*': 'A', "o'zbek*": 'B' })).toBe('Aча');
    expect(transliterateUzLatnToCyrl('oʻzbekcha', { "o'zbek*": 'B', 'oʻzbek*': 'A' })).toBe('Bча');
  });

  it('remembers words per dictionary, so one dictionary never answers for another', () => {
    // Each word is transliterated once per dictionary and then looked up; a second dictionary,
    // or none, must still get its own answer for a word the first has already seen.
    expect(transliterateUzLatnToCyrl('politsiya politsiyaga', { 'politsiya*': 'полиция' })).toBe(
      'полиция полицияга',
    );
    expect(transliterateUzLatnToCyrl('politsiya politsiyaga', { 'politsiya*': 'милиция' })).toBe(
      'милиция милицияга',
    );
    expect(transliterateUzLatnToCyrl('politsiya politsiyaga')).toBe('политсия политсияга');
  });

  it('has lower-case Latin keys and lower-case Cyrillic values', () => {
    for (const [key, value] of Object.entries(words)) {
      expect(key).toMatch(/^[a-zʻʼ]+\*?$/);
      expect(value).toMatch(/^[а-яёўқғҳъь]+$/);
      expect(transliterateUzLatnToCyrl(key.replace('*', ''))).not.toBe(value);
    }
  });
});

describe('left untouched', () => {
  it('keeps i18next placeholders and nesting', () => {
    expect(tr('Salom, {{name}}! Sizda {{count}} ta xabar bor. $t(common.ok)')).toBe(
      'Салом, {{name}}! Сизда {{count}} та хабар бор. $t(common.ok)',
    );
  });

  it('keeps Markdown link targets and translates the link text', () => {
    expect(
      tr(
        '- [Elchixona](contact:embassy-moscow): [+7 499 238-36-20](tel:+74992383620), [Hibsga olish](guide:detention)',
      ),
    ).toBe(
      '- [Элчихона](contact:embassy-moscow): [+7 499 238-36-20](tel:+74992383620), [Ҳибсга олиш](guide:detention)',
    );
    expect(tr('[Manba](https://kun.uz/news/2022/09/06/chimkentda)')).toBe(
      '[Манба](https://kun.uz/news/2022/09/06/chimkentda)',
    );
  });

  it('keeps URLs, domains and e-mail addresses', () => {
    expect(tr('Sayt: https://migrant.uz/uz/yangiliklar, www.uzembassy.ru yoki kun.uz')).toBe(
      'Сайт: https://migrant.uz/uz/yangiliklar, www.uzembassy.ru ёки kun.uz',
    );
    expect(tr('Xat yozing: info@uzembassy.ru.')).toBe('Хат ёзинг: info@uzembassy.ru.');
  });

  it('keeps words that already contain Cyrillic letters', () => {
    expect(tr('Ўзбекистон va Toshkentда')).toBe('Ўзбекистон ва Toshkentда');
  });

  it('keeps words with letters outside the Uzbek alphabet', () => {
    expect(tr('WhatsApp orqali call-markazga')).toBe('WhatsApp орқали call-марказга');
  });

  it('keeps tags and HTML entities', () => {
    expect(tr('<strong>Diqqat</strong>&nbsp;<1>imzolamang</1>')).toBe(
      '<strong>Диққат</strong>&nbsp;<1>имзоламанг</1>',
    );
  });

  it('returns an empty string and pure punctuation unchanged', () => {
    expect(tr('')).toBe('');
    expect(tr('12:30 — 18:00, +7 (495) 123-45-67!')).toBe('12:30 — 18:00, +7 (495) 123-45-67!');
  });
});

describe('mixed sentences', () => {
  it('transliterates a sentence with punctuation and digits', () => {
    expect(
      tr(
        '1. Politsiya hujjatlaringizni soʻrasa, pasportni koʻrsating; 102 yoki 112 raqamiga qoʻngʻiroq qiling!',
      ),
    ).toBe('1. Полиция ҳужжатларингизни сўраса, паспортни кўрсатинг; 102 ёки 112 рақамига қўнғироқ қилинг!');
  });

  it('transliterates a Markdown list item with strong text and a link', () => {
    expect(tr('- Tarjimon talab qiling (**KoAP RF 24.2-modda**). [Elchixona](contact:embassy-moscow)')).toBe(
      '- Таржимон талаб қилинг (**КоАП РФ 24.2-модда**). [Элчихона](contact:embassy-moscow)',
    );
  });

  it('transliterates a multi-line text with quotes', () => {
    expect(tr('«Saxarovo» markazi\n2025-yil 1-sentabrdan boshlab „Amina“ ilovasi.')).toBe(
      '«Сахарово» маркази\n2025-йил 1-сентябрдан бошлаб „Амина“ иловаси.',
    );
  });
});
