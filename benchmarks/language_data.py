"""Short voter messages in every language the tip-line serves, with the language expected.

Written for this project (not taken from any data set): the kind of thing voters forward during
an election, from three words to two sentences, some with a URL, digits, emoji or a Latin brand
name. Two halves: `FIT` chooses the detector's thresholds, `HELD_OUT` is what the benchmark and
tests report; never move a message from one to the other after looking at the results.

`UNSURE` holds texts where any one answer would be a guess (no letters, a lone word shared by
several languages, two languages mixed half and half): the detector must answer None.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    """One message and the language a reader would say it is in (None: nobody could tell)."""

    text: str
    expected: str | None


def _samples(language: str, texts: str) -> tuple[Sample, ...]:
    return tuple(Sample(line.strip(), language) for line in texts.strip().split("\n"))


FIT: tuple[Sample, ...] = (
    *_samples(
        "en",
        """
        The election has been postponed to next Monday
        You can vote by text message this year
        Polling stations close at 2pm, share this!!
        Ink on your finger washes off with vinegar
        BREAKING: ballots found in a river near the city
        Is it true that they are counting votes twice?
        """,
    ),
    *_samples(
        "es",
        """
        Las elecciones se aplazaron al lunes
        Puedes votar por WhatsApp este año
        Urgente: encontraron boletas quemadas en Caracas
        La tinta se quita con vinagre y lejía
        ¿Es verdad que cierran las mesas a las 2?
        Comparte antes de que lo borren
        """,
    ),
    *_samples(
        "fr",
        """
        Les élections sont reportées à lundi
        Vous pouvez voter par SMS cette année
        Des bulletins brûlés retrouvés à Abidjan
        L'encre part avec du vinaigre
        C'est vrai que les bureaux ferment à midi ?
        Partagez avant que ce soit supprimé
        """,
    ),
    *_samples(
        "pt",
        """
        A eleição foi adiada para segunda-feira
        Você pode votar pelo celular este ano
        Urnas eletrônicas foram trocadas em São Paulo
        A tinta sai com vinagre e água sanitária
        É verdade que as seções fecham às 14h?
        Compartilhe antes que apaguem
        """,
    ),
    *_samples(
        "ar",
        """
        تم تأجيل الانتخابات إلى يوم الإثنين
        يمكنك التصويت عبر الرسائل القصيرة هذا العام
        عاجل: العثور على أوراق اقتراع محروقة
        الحبر يزول بالخل
        هل صحيح أن مراكز الاقتراع تغلق ظهرا؟
        انشر قبل الحذف
        """,
    ),
    *_samples(
        "hi",
        """
        चुनाव सोमवार तक टाल दिए गए हैं
        इस साल आप एसएमएस से वोट कर सकते हैं
        नदी में मतपत्र मिले, जल्दी शेयर करें
        स्याही सिरके से मिट जाती है
        क्या मतदान केंद्र दोपहर में बंद हो जाएंगे?
        ईवीएम हैक हो गई है
        """,
    ),
    *_samples(
        "bn",
        """
        নির্বাচন সোমবার পর্যন্ত স্থগিত করা হয়েছে
        এই বছর এসএমএসে ভোট দেওয়া যাবে
        নদীতে ব্যালট পেপার পাওয়া গেছে
        কালি ভিনেগারে উঠে যায়
        ভোটকেন্দ্র কি দুপুরে বন্ধ হবে?
        মুছে ফেলার আগে শেয়ার করুন
        """,
    ),
    *_samples(
        "ur",
        """
        انتخابات پیر تک ملتوی کر دیے گئے ہیں
        اس سال آپ ایس ایم ایس کے ذریعے ووٹ دے سکتے ہیں
        دریا سے بیلٹ پیپر ملے ہیں
        سیاہی سرکے سے صاف ہو جاتی ہے
        کیا پولنگ اسٹیشن دوپہر کو بند ہو جائیں گے؟
        ڈیلیٹ ہونے سے پہلے شیئر کریں
        """,
    ),
    *_samples(
        "sw",
        """
        Uchaguzi umeahirishwa hadi Jumatatu
        Mwaka huu unaweza kupiga kura kwa SMS
        Karatasi za kura zimepatikana mtoni
        Wino unatoka kwa siki
        Je, ni kweli vituo vya kupigia kura vitafungwa mchana?
        Sambaza kabla haijafutwa
        """,
    ),
    *_samples(
        "id",
        """
        Pemilu ditunda sampai hari Senin
        Tahun ini kamu bisa mencoblos lewat SMS
        Surat suara ditemukan terbakar di Bekasi
        Tinta bisa hilang dengan cuka
        Apakah benar TPS tutup jam 12 siang?
        Sebarkan sebelum dihapus
        """,
    ),
    *_samples(
        "ru",
        """
        Выборы перенесли на понедельник
        В этом году можно голосовать по СМС
        В реке нашли бюллетени
        Чернила смываются уксусом
        Правда, что участки закроются в два часа?
        Распространите, пока не удалили
        """,
    ),
    *_samples(
        "fa",
        """
        انتخابات به دوشنبه موکول شد
        امسال می‌توانید با پیامک رای بدهید
        برگه‌های رای در رودخانه پیدا شد
        جوهر با سرکه پاک می‌شود
        آیا حوزه‌های رای‌گیری ظهر بسته می‌شوند؟
        قبل از حذف شدن پخش کنید
        """,
    ),
    *_samples(
        "tr",
        """
        Seçimler pazartesiye ertelendi
        Bu yıl SMS ile oy kullanabilirsiniz
        Nehirde oy pusulaları bulundu
        Mürekkep sirkeyle çıkıyor
        Sandıklar öğlen kapanacak mı?
        Silinmeden önce paylaşın
        """,
    ),
    *_samples(
        "zh",
        """
        选举推迟到下周一
        今年可以用短信投票
        河里发现了选票
        墨水用醋就能洗掉
        投票站中午就关门了吗？
        删除之前快转发
        """,
    ),
    *_samples(
        "am",
        """
        ምርጫው ወደ ሰኞ ተላልፏል
        በዚህ ዓመት በኤስኤምኤስ መምረጥ ይችላሉ
        የድምፅ መስጫ ወረቀቶች በወንዝ ውስጥ ተገኙ
        ቀለሙ በሆምጣጤ ይለቃል
        የምርጫ ጣቢያዎች በቀትር ይዘጋሉ?
        ከመሰረዙ በፊት አጋሩ
        """,
    ),
    *_samples(
        "ha",
        """
        An dage zaben zuwa ranar Litinin
        A bana za ku iya yin zabe ta hanyar sakon waya
        An gano takardun zabe a cikin kogi
        Tawada tana fita da ruwan tsami
        Shin gaskiya ne rumfunan zabe za su rufe da rana?
        Ku yada kafin a goge shi
        """,
    ),
    *_samples(
        "yo",
        """
        Wọ́n ti sún ìdìbò síwájú di ọjọ́ Ajé
        Ẹ lè dìbò pẹ̀lú ọ̀rọ̀ àtẹ̀jíṣẹ́ lọ́dún yìí
        Wọ́n rí ìwé ìdìbò nínú odò
        Ọtí kíkan máa ń mú ínkì kúrò
        Ṣé òótọ́ ni pé wọn yóò ti ibùdó ìdìbò ní ọ̀sán?
        Ẹ pín in kí wọ́n tó pa á rẹ́
        """,
    ),
)

HELD_OUT: tuple[Sample, ...] = (
    *_samples(
        "en",
        """
        Voters without ID will be turned away
        The results were announced before polls closed!
        Forward to 10 friends: the vote moved to Sunday
        Candidate X withdrew from the race last night
        They say dead people are on the voter roll
        No need to queue, vote online at vote-now.example
        """,
    ),
    *_samples(
        "es",
        """
        Los votantes sin cédula serán rechazados
        Anunciaron los resultados antes del cierre 😱
        Reenvía a 10 amigos: la votación pasó al domingo
        El candidato se retiró anoche
        Dicen que hay muertos en el padrón electoral
        No hagas fila, vota en línea
        """,
    ),
    *_samples(
        "fr",
        """
        Les électeurs sans carte seront refoulés
        Les résultats ont été annoncés avant la fermeture !
        Transférez à 10 amis : le vote est déplacé à dimanche
        Le candidat s'est retiré hier soir
        Il y a des morts sur les listes électorales
        Pas besoin de faire la queue, votez en ligne
        """,
    ),
    *_samples(
        "pt",
        """
        Eleitores sem título serão barrados
        Os resultados saíram antes do fim da votação!
        Encaminhe para 10 amigos: a votação mudou para domingo
        O candidato desistiu ontem à noite
        Dizem que tem mortos no cadastro eleitoral
        Não precisa de fila, vote pela internet
        """,
    ),
    *_samples(
        "ar",
        """
        سيتم منع الناخبين بدون بطاقة هوية
        أعلنت النتائج قبل إغلاق الصناديق!
        أرسلها لعشرة أصدقاء: التصويت يوم الأحد
        انسحب المرشح الليلة الماضية
        يقولون إن أسماء الموتى في سجل الناخبين
        لا داعي للطابور، صوّت عبر الإنترنت
        """,
    ),
    *_samples(
        "hi",
        """
        बिना पहचान पत्र वाले मतदाताओं को लौटा दिया जाएगा
        मतदान खत्म होने से पहले ही नतीजे घोषित हो गए!
        10 दोस्तों को भेजें: वोटिंग रविवार को होगी
        उम्मीदवार ने कल रात नाम वापस ले लिया
        मतदाता सूची में मरे हुए लोगों के नाम हैं
        लाइन में लगने की जरूरत नहीं, ऑनलाइन वोट करें
        """,
    ),
    *_samples(
        "bn",
        """
        পরিচয়পত্র ছাড়া ভোটারদের ফিরিয়ে দেওয়া হবে
        ভোট শেষ হওয়ার আগেই ফলাফল ঘোষণা!
        ১০ জন বন্ধুকে পাঠান: ভোট রবিবারে সরানো হয়েছে
        প্রার্থী গতকাল রাতে সরে দাঁড়িয়েছেন
        ভোটার তালিকায় মৃত মানুষের নাম আছে
        লাইনে দাঁড়ানোর দরকার নেই, অনলাইনে ভোট দিন
        """,
    ),
    *_samples(
        "ur",
        """
        شناختی کارڈ کے بغیر ووٹروں کو واپس بھیج دیا جائے گا
        پولنگ ختم ہونے سے پہلے ہی نتائج کا اعلان!
        دس دوستوں کو بھیجیں: ووٹنگ اتوار کو ہوگی
        امیدوار کل رات دستبردار ہو گیا
        ووٹر لسٹ میں مردہ لوگوں کے نام ہیں
        قطار میں لگنے کی ضرورت نہیں، آن لائن ووٹ دیں
        """,
    ),
    *_samples(
        "sw",
        """
        Wapiga kura bila kitambulisho watarudishwa
        Matokeo yalitangazwa kabla vituo havijafungwa!
        Tuma kwa marafiki 10: upigaji kura umehamishiwa Jumapili
        Mgombea alijiondoa jana usiku
        Wanasema watu waliokufa wako kwenye daftari la wapiga kura
        Hakuna haja ya kupanga foleni, piga kura mtandaoni
        """,
    ),
    *_samples(
        "id",
        """
        Pemilih tanpa KTP akan ditolak
        Hasilnya diumumkan sebelum TPS ditutup!
        Teruskan ke 10 teman: pencoblosan pindah ke hari Minggu
        Calon itu mundur tadi malam
        Katanya orang yang sudah meninggal ada di daftar pemilih
        Tidak perlu antre, coblos saja secara online
        """,
    ),
    *_samples(
        "ru",
        """
        Избирателей без паспорта не пустят
        Результаты объявили до закрытия участков!
        Перешлите 10 друзьям: голосование перенесли на воскресенье
        Кандидат снялся вчера вечером
        Говорят, в списках избирателей есть умершие
        Не нужно стоять в очереди, голосуйте онлайн
        """,
    ),
    *_samples(
        "fa",
        """
        رای‌دهندگان بدون کارت شناسایی برگردانده می‌شوند
        نتایج قبل از بسته شدن صندوق‌ها اعلام شد!
        برای ده دوست بفرستید: رای‌گیری به یکشنبه منتقل شد
        نامزد دیشب انصراف داد
        می‌گویند نام مردگان در فهرست رای‌دهندگان است
        نیازی به صف نیست، آنلاین رای بدهید
        """,
    ),
    *_samples(
        "tr",
        """
        Kimliği olmayan seçmenler geri çevrilecek
        Sonuçlar sandıklar kapanmadan açıklandı!
        10 arkadaşına gönder: oylama pazara taşındı
        Aday dün gece yarıştan çekildi
        Seçmen listesinde ölülerin olduğu söyleniyor
        Kuyruğa girmeye gerek yok, internetten oy verin
        """,
    ),
    *_samples(
        "zh",
        """
        没有身份证的选民会被拒之门外
        投票还没结束就公布结果了！
        转发给10个朋友：投票改到星期天
        候选人昨晚退出了选举
        听说选民名单上有死人
        不用排队，网上就能投票
        """,
    ),
    *_samples(
        "am",
        """
        መታወቂያ የሌላቸው መራጮች ይመለሳሉ
        ውጤቱ ምርጫው ሳይጠናቀቅ ታወጀ!
        ለ10 ጓደኞች ላኩ፡ ምርጫው ወደ እሁድ ተዛውሯል
        እጩው ትናንት ማታ ራሱን አገለለ
        በመራጮች ዝርዝር ውስጥ የሞቱ ሰዎች አሉ ይላሉ
        መሰለፍ አያስፈልግም፣ በኢንተርኔት ይምረጡ
        """,
    ),
    *_samples(
        "ha",
        """
        Za a mayar da masu zabe da ba su da katin shaida
        An sanar da sakamako kafin a rufe rumfunan zabe!
        Ka tura wa abokai goma: an mayar da zabe zuwa Lahadi
        Dan takarar ya janye jiya da dare
        Suna cewa akwai sunayen matattu a rajistar masu zabe
        Babu bukatar bin layi, ku yi zabe ta intanet
        """,
    ),
    *_samples(
        "yo",
        """
        Wọn yóò dá àwọn olùdìbò tí kò ní káàdì padà
        Wọ́n kéde èsì kí wọ́n tó ti ibùdó ìdìbò!
        Fi ránṣẹ́ sí ọ̀rẹ́ mẹ́wàá: ìdìbò ti bọ́ sí ọjọ́ Àìkú
        Olùdíje náà yọwọ́ kúrò lánàá alẹ́
        Wọ́n ní orúkọ àwọn òkú wà nínú ìwé orúkọ olùdìbò
        Kò sí ìdí láti tò, ẹ dìbò lórí ayélujára
        """,
    ),
)

UNSURE: tuple[Sample, ...] = tuple(
    Sample(text, None)
    for text in (
        "",
        "🗳️ 2024 !!!",
        "https://t.co/x1y2z3",
        "vote",
        "SMS 8080",
        "ok",
        "que se",
        "No",
        "Taxi",
        "#election2024 @ECI",
    )
)
