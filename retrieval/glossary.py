"""Common news words in English and Arabic, for choosing a sentence in the other language.

An English question about an Arabic article shares no word with it: "Who is the director
of emergency at the hospital?" is answered by «ومدير إدارة الطوارئ بالمستشفى», which covers
none of the question's terms. Each entry here pairs the English and Arabic forms of one
word; both are reduced with the index stemmer, so an entry matches what the stemmer folds
together. A question's term then covers a sentence of the other language that has a term
of the same entry.

Entries are words of news reports with one clear sense in each language. A form whose stem
is another common word is left out («فساد», which the stemmer reads as «ف» + «ساد»,
"prevailed"; «الفساد» stays), or its stem is dropped (``_AMBIGUOUS``). Meeting words
belong to :mod:`lexicon`, which also serves search; this glossary serves only the choice
of sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from .normalize import index_terms

# (English forms, Arabic forms); Arabic forms are given with and without the article where
# the stemmer treats them differently.
ENTRIES: tuple[tuple[str, str], ...] = (
    # people and offices
    ("president presidents presidential chairman chairwoman chaired chairs chief boss head heads",
     "رئيس الرئيس رؤساء الرئاسة الرئاسي يرأس ترأس برئاسة"),
    ("minister ministers secretary", "وزير الوزير وزراء الوزراء"),
    ("shadow", "الظل"),
    ("propaganda", "الدعاية"),
    ("ministry ministries", "وزارة الوزارة وزارات"),
    ("director directors manager", "مدير المدير مديرو مديري مديرة"),
    ("governor governors", "محافظ المحافظ محافظة حاكم الحاكم"),
    ("prince princes", "الأمير أمير الأميرة"),
    ("king", "الملك ملك"),
    ("crown", "العهد عهد"),
    ("ambassador ambassadors", "سفير السفير سفراء السفراء"),
    ("embassy", "سفارة السفارة"),
    ("delegation delegations", "وفد الوفد وفود"),
    ("spokesman spokeswoman spokesperson", "المتحدث متحدث الناطق ناطق"),
    ("media", "الإعلامي الإعلام إعلامي الإعلامية"),
    ("acting", "بالإنابة المكلف"),
    ("affairs", "الشؤون شؤون"),
    ("editor editors", "المحرر محرر التحرير تحرير"),
    ("newspaper newspapers", "صحيفة الصحيفة لصحيفة صحف الصحف جريدة الجريدة"),
    ("journalist journalists", "الصحفي صحفي الصحافي صحافي الصحفيين"),
    ("conditions circumstances", "الظروف ظروف"),
    ("reflect reflects reflecting reflected", "تعكس يعكس"),
    ("range ranges", "نطاق النطاق نطاقات"),
    # numbers written as words («الدول الست», "the six countries")
    ("three", "ثلاث ثلاثة الثلاث الثلاثة"),
    ("four", "أربع أربعة الأربع الأربعة"),
    ("five", "خمس خمسة الخمس"),
    ("six", "ست ستة الست"),
    ("seven", "سبع سبعة السبع"),
    ("eight", "ثماني ثمانية"),
    ("nine", "تسع تسعة التسع"),
    ("ten", "عشر عشرة العشر"),
    ("rebel rebels insurgent insurgents", "المتمردين متمردين متمردا المتمردون متمرد"),
    ("camp camps", "معسكر المعسكر معسكرات مخيم المخيم مخيمات"),
    ("coalition alliance", "التحالف تحالف"),
    ("channel channels canal", "قناة القناة قنوات لقناة"),
    ("mufti", "مفتي المفتي"),
    ("tweet tweets tweeted twitter", "تغريدة التغريدة تغريدات تغريداته غرد تويتر تويترية"),
    ("coach", "المدرب مدرب"),
    ("deputy vice mp mps", "نائب النائب"),
    ("adviser advisers advisor consultant", "مستشار المستشار استشاري"),
    ("official officials", "مسؤول المسؤول مسؤولين المسؤولين مسؤولو"),
    ("parliament parliamentary lawmakers", "البرلمان برلمان البرلماني"),
    ("council chamber", "مجلس المجلس"),
    ("member members", "عضو عضوا أعضاء الأعضاء"),
    ("commission authority", "الهيئة هيئة"),
    ("organization organisation organizations organisations", "منظمة المنظمة منظمات"),
    ("european europe eu", "الأوروبي الأوروبية أوروبا"),
    ("international", "الدولية"),
    ("agency agencies", "وكالة الوكالة وكالات"),
    ("committee committees panel panels", "لجنة اللجنة لجان"),
    ("government governments", "حكومة الحكومة حكومات الحكومات"),
    ("foreign", "الخارجية خارجية"),
    ("interior home domestic internal", "الداخلية داخلية"),
    ("defence defense", "الدفاع دفاع"),
    ("finance financial", "المالية مالية"),
    ("army military", "الجيش جيش العسكري عسكري"),
    ("forces", "قوات القوات"),
    ("police", "الشرطة شرطة"),
    ("security", "الأمن أمن الأمني أمني الأمنية"),
    ("soldier soldiers", "جندي الجندي جنود"),
    ("citizens", "مواطنين المواطنين المواطنون"),
    ("citizen", "المواطن مواطن"),
    ("consumer consumers", "المستهلك المستهلكين المستهلكون مستهلكين"),
    ("fraud", "احتيال الاحتيال"),
    ("steal stole stolen stealing theft", "سرق سرقة السرقة يسرق سرقوا"),
    ("thief thieves robber robbers mugger muggers", "اللصوص لصوص لص"),
    ("total", "الإجمالية الإجمالي إجمالي"),
    ("replace replaces replaced replacing replacement", "استبدال استبدل يستبدل"),
    ("retirement", "التقاعد تقاعد"),
    ("students student", "طالب طالبة الطالبة طلاب الطلاب"),
    ("youth young", "الشباب شباب الشبابي"),
    ("women woman", "المرأة امرأة النساء نساء"),
    ("children child", "الأطفال أطفال طفل الطفل"),
    ("refugees", "اللاجئين لاجئين"),
    ("migrants", "المهاجرين مهاجرين"),
    ("company companies firm firms", "شركة الشركة شركات الشركات لشركة لشركات"),
    ("bank banks", "بنك البنك بنوك البنوك مصرف"),
    ("university", "جامعة الجامعة"),
    ("school schools", "مدرسة المدرسة مدارس"),
    ("hospital hospitals", "مستشفى المستشفى مستشفيات المشفى مشفى"),
    ("court", "محكمة المحكمة"),
    # things
    ("shares stock stocks", "أسهم الأسهم سهم"),
    ("market markets", "سوق السوق أسواق الأسواق"),
    ("oil", "النفط نفط النفطية نفطية"),
    ("agriculture agricultural", "الزراعة زراعة الزراعية زراعية"),
    ("gas", "الغاز غاز"),
    ("price prices", "سعر أسعار الأسعار"),
    ("exchange", "الصرف"),
    ("cut cuts", "خفض خفضت يخفض تخفيض التخفيض بخفض"),
    ("discount", "الخصم"),
    ("debt debts", "الديون ديون"),
    ("repay repayment repaying", "سداد السداد لسداد"),
    ("year years", "سنة السنة سنوات"),
    ("minute minutes", "الدقيقة دقائق الدقائق"),  # (not «دقيقة»: its stem is «دقيق», "precise")
    ("creditors lenders", "الدائنين دائنين الدائنون دائنو"),
    ("investment investments", "الاستثمار استثمار استثمارات"),
    ("sustainable", "المستدام مستدام المستدامة"),
    ("rule rules", "قاعدة القاعدة قواعد"),
    ("budget budgets", "الميزانية ميزانية الموازنة موازنة"),
    ("tax taxes", "ضريبة الضريبة ضرائب"),
    ("salary salaries wages", "راتب رواتب الرواتب أجور"),
    ("corruption", "الفساد"),
    ("contracts", "عقود العقود"),
    ("field oilfield", "حقل الحقل حقول"),
    ("production output", "الإنتاج إنتاج"),
    ("exports export exporting", "صادرات الصادرات تصدير التصدير"),
    ("imports", "واردات الواردات"),
    ("growth", "النمو نمو"),
    ("average", "متوسط المتوسط"),
    ("remittance remittances", "حوالة الحوالة حوالات الحوالات"),
    ("expect expects expected expectation expectations forecast forecasts",
     "يتوقع تتوقع توقع توقعات التوقعات متوقع المتوقع ينتظر المنتظر"),
    ("industrial industrialised industrialized", "الصناعية الصناعي صناعية"),
    ("major", "الكبرى"),
    ("sector sectors", "قطاع القطاع قطاعات القطاعات"),
    ("rise rises rising increase increases", "ارتفاع ارتفع ارتفعت ارتفاعا المرتفعة مرتفعة"),
    ("index indices indexes", "مؤشر المؤشر مؤشرات"),
    ("unemployment jobless", "البطالة"),
    ("jobs", "وظائف الوظائف"),
    ("health", "الصحة صحة الصحية صحية"),
    ("vaccine vaccines vaccination vaccinations vaccinate immunisation immunization",
     "التطعيم تطعيم التطعيمات اللقاح لقاح اللقاحات لقاحات التحصين"),
    ("cost costs", "تكلفة التكلفة تكاليف التكاليف كلف كلفة يكلف"),
    ("design designed", "تصميم التصميم"),
    ("print printed printing", "طباعة الطباعة"),
    ("distribute distribution deliver", "توزيع التوزيع"),
    ("white", "الأبيض أبيض"),
    ("care carer carers caring", "الرعاية"),
    ("shortage shortages shortfall", "نقص النقص"),
    ("study studies", "دراسة الدراسة دراسات"),
    ("prepared prepare preparing", "إعداد بإعداد معد"),
    ("partnership partnerships", "الشراكة"),
    ("institute", "معهد المعهد لمعهد"),
    ("inflation", "التضخم تضخم"),
    ("trade", "التجارة تجارة التجارية تجارية التجاري تجاري"),
    ("economy economic economist economists", "الاقتصاد اقتصاد الاقتصادي اقتصادي الاقتصادية"),
    ("billion", "مليار مليارات"),
    ("million", "مليون ملايين"),
    ("percent", "بالمئة بالمائة"),
    ("project projects", "مشروع المشروع مشاريع"),
    ("programme program scheme schemes", "برنامج البرنامج برامج لبرنامج"),
    ("plan plans", "خطة الخطة خطط"),
    ("report", "تقرير التقرير"),
    ("crisis", "أزمة الأزمة"),
    ("electricity", "الكهرباء كهرباء"),
    ("bulb bulbs lamp lamps", "مصباح المصباح مصابيح المصابيح"),
    ("expensive", "أغلى باهظ مكلف"),
    ("ordinary", "العادية العادي"),
    ("energy power", "الطاقة طاقة"),
    ("solar sun", "الشمسية شمسية الشمسي الشمس"),
    ("renewable", "المتجددة متجددة"),
    ("station stations plant plants", "محطة المحطة محطات"),
    ("water", "المياه مياه"),
    ("airport", "مطار المطار"),
    # (not «سيارات»: its stem is «يارا», a name)
    ("car cars vehicle vehicles", "سيارة السيارة السيارات مركبة المركبات"),
    ("street streets", "شارع الشارع شوارع الشوارع"),
    ("conference", "مؤتمر المؤتمر"),
    ("festival", "مهرجان المهرجان"),
    ("exhibition exhibitions", "معرض المعرض"),
    ("summer", "الصيف صيف الصيفي الصيفية"),
    ("visitors visitor tourists", "زوار الزوار زائر سياح السياح"),
    ("palace", "قصر القصر"),
    ("islands island", "جزر الجزر جزيرة"),
    ("election elections", "الانتخابات انتخابات"),
    ("law laws bill bills", "قانون القانون قوانين"),
    ("capital", "العاصمة عاصمة"),
    ("region", "منطقة المنطقة"),
    ("emergency", "الطوارئ طوارئ"),
    ("mosque", "مسجد المسجد"),
    ("prayer prayers", "صلاة الصلاة"),
    ("attack attacks", "هجوم الهجوم هجمات الهجمات اعتداء الاعتداء"),
    ("bombing bomb blast explosion", "تفجير التفجير انفجار الانفجار"),
    ("suicide", "انتحاري الانتحاري"),
    ("killed dead deaths died", "قتل مقتل قتلى القتلى استشهاد شهداء الشهداء"),
    ("injured wounded injuries", "إصابة إصابات المصابين مصابين جرحى الجرحى"),
    ("victims", "ضحايا الضحايا"),
    ("massacre massacres", "مذبحة المذبحة مجزرة المجزرة مذابح مجازر"),
    ("accident", "حادث الحادث"),
    ("terrorism terrorist terrorists", "الإرهاب إرهاب الإرهابي إرهابي الإرهابية الإرهابيين"),
    ("war", "الحرب حرب"),
    ("danger threat threats", "خطر الخطر تهديد التهديد"),
    ("peace", "السلام"),
    ("nuclear", "النووي نووي"),
    ("weapons", "أسلحة الأسلحة"),
    ("investigation inquiry", "تحقيق التحقيق التحقيقات"),
    # acts
    ("negotiations negotiators negotiating negotiate",
     "مفاوضات المفاوضات مفاوضو المفاوضين مفاوضين التفاوض يتفاوض تتفاوض"),
    ("decided decide decision", "قرر قررت يقرر قرار القرار"),
    # (not «تراجع», "fell"; nor «استعراض», also a parade)
    ("review reviewed reviews reviewing", "يراجع مراجعة المراجعة استعرض استعرضا استعرضت يستعرض"),
    ("attend attended attending attendance", "يحضر حضر حضور"),
    ("participate participated participating participation",
     "شارك المشاركة مشاركة يشارك المشاركين"),
    ("announced announce", "أعلن أعلنت يعلن إعلان"),
    ("condemned condemn condemnation", "أدان أدانت إدانة استنكر"),
    ("support supported", "دعم الدعم"),
    ("cooperation", "التعاون تعاون"),
    ("side sides", "الجانب جانب الجانبان الجانبين"),
    ("relations", "العلاقات علاقات"),
    ("ally allies", "حليف حلفاء الحلفاء حلفاؤه"),
    ("control controls controlled", "يسيطر تسيطر سيطرة السيطرة"),
    ("launched launch", "أطلق إطلاق"),
    ("resume resumed resumes resumption", "تستأنف يستأنف استأنف استئناف"),
    ("education educational", "التعليم تعليم التعليمية"),
    ("phone telephone", "الهاتفي هاتفي الهاتف هاتف"),
    ("numbers number", "أرقام الأرقام رقم"),
    ("loss losses", "خسارة الخسارة خسائر الخسائر"),
    ("profit profits", "أرباح الأرباح ربح"),
    ("annual annually", "السنوية سنويا"),
    ("sales sale sell sold", "مبيعات المبيعات بيع يبيع باع"),
    ("withdraw withdrawn withdrawal", "سحب"),
    ("passport passports", "جواز جوازات الجوازات"),
    ("rejected reject refused", "رفض رفضت يرفض"),
    ("quota quotas", "حصة حصص"),
    ("detainees detainee prisoners", "معتقلين المعتقلين معتقل سجناء"),
    ("released freed", "أفرج الإفراج المفرج"),
    ("resigned resignation", "استقال استقالة"),
    ("pilgrims", "حجاج الحجاج"),
    ("vowed vow pledged pledge", "تعهد تعهدت يتعهد"),
    ("combat combating fight fighting tackle", "مكافحة لمكافحة يكافح"),
    ("deal deals", "اتفاق الاتفاق صفقة الصفقة"),
    ("final", "النهائي نهائي النهائية نهائية"),
    ("stage phase", "مرحلة المرحلة"),
    ("failed fail failure", "فشل أخفق أخفقت"),
    ("reached reach", "توصل التوصل يتوصل"),
    ("warned warning", "حذر حذرت تحذير"),
    ("identity id", "الهوية هوية"),
    ("card cards", "بطاقة البطاقة بطاقات البطاقات"),
    ("liberal liberals lib", "الأحرار أحرار الليبرالي الليبراليين"),
    ("conservative conservatives tory tories", "المحافظين المحافظون"),
    ("labour", "العمالي العمالية"),  # (not «العمال», mostly "workers")
    ("democrats democrat democratic dem dems", "الديمقراطيين الديمقراطي الديمقراطية"),
    ("criticised criticized criticism critic critics", "انتقد انتقدت انتقادات منتقدي"),
    ("representative", "ممثل الممثل يمثل تمثل"),  # (the stem of "representing" too)
    ("customs", "الجمركية جمركية الجمارك"),
    ("tariff tariffs duties fees", "الرسوم رسوم التعريفات"),
    ("family families", "الأسرة أسرة الأسر العائلة عائلة"),
    # (not «والدة», which stems like «والد», father)
    ("mother", "والدته والدتها الوالدة"),
    ("marry married marriage wedding wed", "تزوج تزوجت تزوجها زواج الزواج الزفاف زفاف"),
    ("divorce divorced", "الطلاق طلاق"),
    ("rumour rumours rumor rumors", "الإشاعة الإشاعات إشاعة إشاعات الشائعات شائعات"),
    ("chaos", "الفوضى"),
    ("vote votes voting", "تصويت التصويت"),
    ("confidence", "الثقة ثقة"),
    ("aviation", "الطيران طيران"),
    ("civil", "المدني المدنية مدني مدنية"),
    ("tour tours", "جولة الجولة جولات"),
    ("inspect inspected inspects inspecting inspection inspections", "تفقد يتفقد تفقدية التفقدية"),
    # (a Saudi region's or city's mayor is its «أمين»: «أمين منطقة الجوف»)
    ("mayor", "العمدة عمدة أمين"),
    ("analyst analysts", "محلل المحلل محللون المحللين"),
    ("professor", "أستاذ الأستاذ البروفيسور"),
    ("researcher researchers", "باحث الباحث باحثون الباحثين"),
    ("senator senators", "سيناتور السيناتور"),
    ("judge judges", "قاضي القاضي القاضية قضاة القضاة"),
    ("lawyer lawyers solicitor solicitors attorney", "محامي المحامي محام محامو محامين المحامية"),
    ("commander", "قائد القائد"),
    ("apologise apologize apologised apologized apology", "يعتذر اعتذر اعتذار الاعتذار"),
    ("specialist specialists specialized specialised", "التخصصي تخصصي التخصصية تخصصية متخصص المتخصصة"),
    ("border borders", "الحدود حدود"),
    ("guard guards", "حرس الحرس"),
    ("boat boats", "قارب القارب زورق الزورق قوارب"),
    ("fuel", "الوقود"),
    ("waste wastes", "النفايات نفايات"),
    ("stored store storage", "تخزن تخزين التخزين يخزن"),
    ("federation union", "اتحاد الاتحاد"),
    ("rescue rescued rescuing", "إنقاذ الإنقاذ أنقذ"),
    ("collapse collapsed", "انهيار الانهيار انهار"),
    ("ballot ballots", "الاقتراع اقتراع"),
    ("majority", "الأغلبية الأكثرية"),
    ("speech speeches", "خطاب الخطاب خطابه خطابا"),
    ("forgotten", "المنسية المنسي"),
    ("warehouse warehouses", "مستودع المستودع"),
    ("ceremony ceremonies", "مراسم المراسم حفل الحفل"),
    ("citizenship", "المواطنة"),
    ("lost lose", "خسر خسرت خسروا"),
    ("money", "أموال الأموال"),
    ("people person persons", "شخص الشخص شخصا أشخاص الأشخاص شخصين"),
    ("lie lied lies lying", "الكذب كذب يكذب"),
    ("accused accuse accusing accusation accusations", "اتهم اتهمت اتهام اتهامات يتهم"),
    ("reasons", "أسباب الأسباب"),
    ("benefit benefits", "تستفيد يستفيد الاستفادة استفادة"),
    ("claims claim", "المطالبات مطالبات"),
    ("aircraft plane planes jets", "طائرات الطائرات طائرة الطائرة لطائرات لطائرة"),
    ("carrier carriers", "حاملة حاملات لحاملة"),
    ("brief briefing briefed", "موجز موجزا إيجاز إيجازا"),
    ("assembly assembling assembled", "تجميع التجميع"),
    ("city cities", "مدينة المدينة"),  # (not «المدن»: its stem is that of «المدني», "civil")
    ("green", "الأخضر أخضر الخضراء خضراء"),
    ("initiative initiatives", "مبادرة المبادرة مبادرات"),
    ("list lists", "القائمة لائحة اللائحة"),  # (not «قائمة»: its stem is «قائم», "standing")
    ("rank ranks ranked ranking", "المرتبة"),  # (not «مرتبة»: its stem is «مرتب», "salary")
    ("craftsman craftsmen craftswoman artisan artisans", "الحرفي حرفي الحرفيين حرفيين الحرفية"),
    ("palm palms", "النخيل نخيل النخلة نخلة"),
    ("frond fronds", "سعف"),
    ("preliminary", "أولي الأولي أولية الأولية مبدئي المبدئي مبدئية"),  # (not "initial": "initiative")
    ("tool tools", "أدوات الأدوات"),  # (not «أداة»: its stem is that of «أداء», "performance")
    ("dam dams", "السد سد السدود"),
    ("operator operators operate operates operated operating", "تشغيل التشغيل تشغل يشغل مشغل المشغل"),
    ("pension pensions pensioner pensioners", "المتقاعدين متقاعدين المتقاعد متقاعد المتقاعدون معاش المعاش"),
    ("optimism optimistic", "تفاؤل التفاؤل متفائل متفائلون"),
    ("leave leaves leaving", "يترك سيترك ترك تترك ستترك يغادر سيغادر غادر مغادرة"),
    ("post posts", "منصب المنصب منصبه مناصب"),
    # («أدوية» shares its stem with «الأدوات», "tools": only «الأدوية» and «دواء» say drugs)
    ("drug drugs medicine medicines medication", "دواء الدواء الأدوية"),
    ("treat treats treated treatment treatments", "علاج العلاج لعلاج يعالج معالجة"),
    ("outbreak outbreaks", "تفشي التفشي"),
    ("flu influenza", "إنفلونزا الإنفلونزا لإنفلونزا"),
    ("bird birds", "الطيور طيور الطير"),
    ("spend spending spent", "تنفق ستنفق ينفق سينفق أنفق الإنفاق إنفاق"),
    ("possible possibly", "محتمل المحتمل محتملة"),
    ("central centre center", "المركزي المركزية مركز المركز"),  # («المركزي» has the stem of «مركز»)
    ("receive receives received receiving", "استقبل استقبلت يستقبل تستقبل استقبال"),
    ("receive receives received receiving", "تسلم تسلمت استلم استلمت"),  # (a thing, not a guest)
    ("honour honours honoured honor honored", "التكريم تكريم"),
    ("shield", "درع الدرع"),
    ("shopping", "التسوق تسوق"),
    ("dog dogs", "كلب الكلب كلاب الكلاب"),
    ("animal animals", "حيوان الحيوان الحيوانات حيوانات"),
    ("farm farms", "مزرعة المزرعة مزرعته"),
    ("north northern", "شمال الشمال شمالي الشمالية"),
    ("land lands landowner landowners", "أرض الأرض أراضي الأراضي"),
    ("use uses used using", "استخدام باستخدام يستخدم"),
    ("arrive arrives arrived arriving arrival", "وصل وصلت وصلن وصلوا الوصول"),
    ("domestic", "المنزلية"),  # (not «المنزلي»: its stem is «منزل», "home")
    ("campaign campaigns", "الحملة حملات"),  # (not «حملة», «الحملات»: their stem is «حمل», "carry")
    ("donation donations", "تبرعات التبرعات"),
    ("seat seats", "مقعد مقعدا مقاعد"),
    ("coffee", "البن القهوة"),
    ("farmer farmers grower growers", "مزارعي المزارعين مزارعين المزارعون"),
    ("residence residency", "الإقامة"),  # (not «إقامة», «الإقامات»: their stem is «أقام», "held")
    ("quarter quarters", "الربع ربع"),
    ("barrel barrels", "برميل براميل"),
    ("sergeant", "الرقيب رقيب"),
    ("gunman gunmen", "مسلح المسلح مسلحا مسلحين"),
    ("cinema cinemas", "سينما السينما السينمائي السينمائية"),
    ("music musical", "الموسيقى موسيقى الموسيقية موسيقية"),
    ("candidate candidates", "مرشح المرشح مرشحا مرشحين المرشحين مرشحو"),
    ("title titles", "لقب اللقب بلقب"),
    ("award awards prize prizes", "جائزة الجائزة جوائز"),
    ("news", "أنباء الأنباء"),
    ("chip chips microchip microchips", "رقائق الرقائق"),
    ("fire fires blaze blazes", "النار نار حريق الحريق حريقا حرائق الحرائق"),
    ("firefighters firefighter firefighting extinguish extinguished", "الإطفاء إطفاء أخمد أخمدت إخماد"),
    ("team teams squad squads", "فرق الفرق فرقة الفريق"),  # (not «فريق»: «ف» + «ريق»)
    ("yard yards courtyard", "حوش الحوش"),
    ("name named", "اسم اسمه الاسم يدعى ويدعى"),  # (not "called": a phone call's stem)
    ("defendant defendants", "المتهم متهم المتهمين المتهمون"),
    ("lash lashes lashing flogging", "جلدة جلده جلدات"),
    ("prison jail imprisonment", "السجن سجن بالسجن"),
    ("second", "الثاني ثاني الثانية"),
    ("drug drugs narcotics", "المخدرات المخدرة مخدرات"),
    ("pill pills tablets", "حبة حبوب"),
    ("camera cameras", "كاميرا الكاميرا لكاميرا"),
    ("alarm alarms", "المنبه منبه"),
    ("moon", "القمر"),
    ("largest biggest", "أكبر الأكبر"),
    ("halt halted halts suspend suspended suspends", "أوقف أوقفت إيقاف"),  # (not «وقف», an endowment)
    ("writer writers author novelist wrote", "كاتب الكاتب الروائي روائي مؤلف تأليف"),
    ("theatre theater theatrical play plays", "مسرح المسرح مسرحية المسرحية المسرحي مسرحي"),
    ("narrator", "الراوي راوي"),
    ("park parks", "حديقة الحديقة حدائق"),
    ("poet", "شاعر الشاعر"),
    ("player players", "لاعب اللاعب لاعبين اللاعبين لاعبي"),
    ("martyr martyrs", "شهيد الشهيد شهداء الشهداء"),
    ("accompanied accompany accompanying accompanies", "يرافقه يرافقها يرافقهم رافقه رافقها برفقة"),
    ("patronage auspices sponsorship", "رعاية برعاية الرعاية"),
    ("forum forums", "المنتدى منتدى"),
    ("hotel hotels", "فندق الفندق بفندق فنادق الفنادق"),
    ("third", "الثالث ثالث الثالثة ثالثة"),
    ("expert experts", "خبير الخبير خبراء الخبراء"),
    ("home homes house houses housing", "منزل المنزل منازل المنازل الإسكان إسكان"),
    ("affordable", "الميسورة ميسورة"),
    # («بلدية» stems to «بلد», as "country" and "town" («بلدة») do; kept, for a town's
    # municipality is «بلدية ...» without the article: «رئيس بلدية محافظة حفر الباطن»)
    ("municipality municipalities municipal", "بلدية البلدية البلديات البلدي"),
    # months, as the Gulf and the Levant name them (not May, also "may"; nor the two
    # «كانون» and the two «تشرين», nor «آب», also "father")
    ("january", "يناير"), ("february", "فبراير شباط"), ("march", "مارس آذار"),
    ("april", "أبريل ابريل نيسان"), ("june", "يونيو حزيران"), ("july", "يوليو تموز"),
    ("august", "أغسطس اغسطس"), ("september", "سبتمبر أيلول"), ("october", "أكتوبر اكتوبر"),
    ("november", "نوفمبر"), ("december", "ديسمبر"),
)


# Stems the forms above reduce to that are also another common word: «الوزارة» (ministry)
# to «زار» (visited), «الجامعة» (university) to «جامع» (mosque), «الشرطة» to «شرط»
# (condition), «صادرات» to «صادر» (issued), «الداخلية» to «داخل» (inside), «المدني» to «مدن» (cities) ...
_AMBIGUOUS = frozenset(
    "زار زارا الد امر داخل شار يشار مشار اعل يعل تعا ميا قان مواز ميز جامع مدرس شرط صادر وارد "
    "منطق عاصم محكم مدن ادو".split()
)


@lru_cache(maxsize=1)
def _entries_of() -> dict[str, frozenset[int]]:
    """Each stem of the glossary, and the entries it belongs to."""
    table: dict[str, set[int]] = {}
    for number, (english, arabic) in enumerate(ENTRIES):
        for term in index_terms(f"{english} {arabic}"):
            if term not in _AMBIGUOUS:
                table.setdefault(term, set()).add(number)
    return {term: frozenset(numbers) for term, numbers in table.items()}


def entries(terms: Iterable[str]) -> dict[str, frozenset[int]]:
    """The glossary entries of each of ``terms`` (index terms) that has any."""
    table = _entries_of()
    return {term: table[term] for term in terms if term in table}


def covered(asked: Mapping[str, frozenset[int]], terms: Iterable[str]) -> set[str]:
    """The terms of ``asked`` (as :func:`entries` gives them) whose entry has a word among
    ``terms``, the index terms of a text in the other language."""
    if not asked:
        return set()
    found = set().union(*entries(terms).values())
    return {term for term, numbers in asked.items() if numbers & found}
