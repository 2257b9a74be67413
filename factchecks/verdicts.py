"""The fixed verdict vocabulary and its mapping to and from ClaimReview ratings.

Fact-checkers publish free-text ratings in many languages ("Falso", "Trompeur", "Pants on Fire").
The bot needs one small vocabulary it can translate for voters, so every textual rating is mapped
onto a `Verdict`; a rating we do not know is kept verbatim beside `Verdict.OTHER`.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum


class Verdict(StrEnum):
    """What a fact-check concluded. Persisted by value: never rename a member's value."""

    FALSE = "false"
    PARTLY_FALSE = "partly_false"
    MISLEADING = "misleading"
    MISSING_CONTEXT = "missing_context"
    UNPROVEN = "unproven"
    SATIRE = "satire"
    MOSTLY_TRUE = "mostly_true"
    TRUE = "true"
    OTHER = "other"


def _fold(rating: str) -> str:
    """The comparison key of a rating: casefolded, accents and surrounding punctuation removed
    ("Falso." / "¡FALSO!" / "«Faux»" -> "falso" / "faux"), hyphens and underscores as spaces."""
    decomposed = unicodedata.normalize("NFKD", rating.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = folded.replace("-", " ").replace("_", " ").replace("/", " ").split()
    return " ".join(stripped for word in words if (stripped := word.strip(_PUNCTUATION)))


_PUNCTUATION = ".,;:!?¡¿\"'`«»“”‘’„()[]{}*…|·।۔؟،"


def _table(verdict: Verdict, words: str) -> dict[str, Verdict]:
    return {word.strip(): verdict for word in words.split(";") if word.strip()}


# The textual ratings publishers use most, by language; keys are folded by `_fold`, so case,
# accents, surrounding punctuation and hyphens do not matter. A rating missing here is shown as
# the publisher wrote it, with Verdict.OTHER: add it rather than guess from similar words.
_RATINGS: dict[str, Verdict] = {
    # English (IFCN signatories' most frequent ratings; PolitiFact and Snopes scales)
    **_table(
        Verdict.FALSE,
        "false; fake; pants on fire; pants on fire!; incorrect; fabricated; wrong; hoax; "
        "fake news; totally false; completely false; baseless; untrue; not true; scam; "
        "four pinocchios; debunked; false claim; altered; doctored; manipulated; fiction",
    ),
    **_table(
        Verdict.PARTLY_FALSE,
        "partly false; mostly false; half true; partially false; partly true; partially true; "
        "half truth; inaccurate; exaggerated; exaggeration; three pinocchios; mixture",
    ),
    **_table(
        Verdict.MISLEADING,
        "misleading; distorted; deceptive; spin; cherry picked; false context; "
        "false connection; imposter content; two pinocchios; miscaptioned; misattributed",
    ),
    **_table(
        Verdict.MISSING_CONTEXT,
        "missing context; out of context; needs context; lacks context; "
        "context needed; more context needed; one pinocchio",
    ),
    **_table(
        Verdict.UNPROVEN,
        "unproven; unverified; unsupported; no evidence; unsubstantiated; "
        "unverifiable; not proven; insufficient evidence; research in progress; undetermined",
    ),
    **_table(Verdict.SATIRE, "satire; parody; labeled satire; humour; humor; joke"),
    **_table(Verdict.MOSTLY_TRUE, "mostly true; mostly correct; largely true; mostly accurate"),
    **_table(
        Verdict.TRUE,
        "true; correct; accurate; geppetto checkmark; fact; verified; confirmed; real; "
        "legit; correct attribution",
    ),
    # Spanish (Maldita, Newtral, Chequeado, EFE Verifica, Colombiacheck, AFP Factual)
    **_table(
        Verdict.FALSE,
        "falso; falsa; bulo; es falso; fake; mentira; falsedad; inventado; montaje; "
        "fotomontaje; manipulado; manipulada; estafa; timo; engaño; no es cierto; "
        "totalmente falso; completamente falso; falso total",
    ),
    **_table(
        Verdict.PARTLY_FALSE,
        "parcialmente falso; parcialmente falsa; mayormente falso; medio verdadero; "
        "verdad a medias; media verdad; exagerado; exagerada; impreciso; imprecisa; "
        "parcialmente cierto; cuestionable; dudoso",
    ),
    **_table(
        Verdict.MISLEADING,
        "enganoso; enganosa; es enganoso; confuso; distorsionado; sesgado",
    ),
    **_table(
        Verdict.MISSING_CONTEXT,
        "sin contexto; fuera de contexto; falta contexto; le falta contexto; "
        "necesita contexto; sacado de contexto",
    ),
    **_table(
        Verdict.UNPROVEN,
        "sin pruebas; no verificable; insostenible; sin evidencia; inchequeable; "
        "no se puede probar; no comprobado; sin datos",
    ),
    **_table(Verdict.SATIRE, "satira; parodia; humor"),
    **_table(Verdict.MOSTLY_TRUE, "mayormente verdadero; mayormente cierto; casi verdadero"),
    **_table(
        Verdict.TRUE,
        "verdadero; verdadera; cierto; cierta; correcto; verdad; real; es verdad; verificado",
    ),
    # Portuguese (Lupa, Aos Fatos, Comprova, Estadão Verifica, Polígrafo, Boatos.org)
    **_table(
        Verdict.FALSE,
        "falso; falsa; fake; fake news; e falso; boato; mentira; montagem; golpe; "
        "inventado; fabricado; adulterado; manipulado; falsa noticia; pimenta na lingua",
    ),
    **_table(
        Verdict.PARTLY_FALSE,
        "parcialmente falso; parcialmente falsa; exagerado; exagerada; impreciso; imprecisa; "
        "meio verdade; meia verdade; verdadeiro mas; discutivel; maioritariamente falso",
    ),
    **_table(
        Verdict.MISLEADING,
        "enganoso; enganosa; distorcido; distorcida; contraditorio; sem fundamento",
    ),
    **_table(
        Verdict.MISSING_CONTEXT,
        "fora de contexto; sem contexto; descontextualizado; descontextualizada; "
        "falta contexto; precisa de contexto",
    ),
    **_table(
        Verdict.UNPROVEN,
        "sem provas; insustentavel; nao comprovado; nao e possivel provar; "
        "ainda e cedo para dizer; sem evidencias; nao verificado",
    ),
    **_table(Verdict.SATIRE, "satira; satirico; humor"),
    **_table(Verdict.MOSTLY_TRUE, "maioritariamente verdadeiro; praticamente verdadeiro"),
    **_table(Verdict.TRUE, "verdadeiro; verdadeira; verdade; correto; correta; confirmado"),
    # French (AFP Factuel, Les Décodeurs, Libération CheckNews, Les Observateurs)
    **_table(
        Verdict.FALSE,
        "faux; fausse; infox; c'est faux; fake; intox; arnaque; canular; montage; "
        "photomontage; truque; trafique; inexact; inexacte; totalement faux; fausse information; "
        "mensonge; fabrique; faux et trompeur",
    ),
    **_table(
        Verdict.PARTLY_FALSE,
        "partiellement faux; partiellement fausse; plutot faux; a moitie vrai; "
        "exagere; exageree; imprecis; imprecise; en partie faux",
    ),
    **_table(Verdict.MISLEADING, "trompeur; trompeuse; deforme; biaise; detourne; detournee"),
    **_table(
        Verdict.MISSING_CONTEXT,
        "hors contexte; manque de contexte; sorti de son contexte; decontextualise; "
        "manque du contexte; contexte manquant",
    ),
    **_table(
        Verdict.UNPROVEN,
        "non prouve; invérifiable; inverifiable; non verifie; infonde; pas de preuve; "
        "sans preuve; douteux",
    ),
    **_table(Verdict.SATIRE, "satire; parodie; humour"),
    **_table(Verdict.MOSTLY_TRUE, "plutot vrai; globalement vrai"),
    **_table(Verdict.TRUE, "vrai; vraie; c'est vrai; exact; exacte; correct; confirme"),
    # German (Correctiv, dpa-Faktencheck, AFP Faktencheck, BR24 #Faktenfuchs, Mimikama)
    **_table(
        Verdict.FALSE,
        "falsch; frei erfunden; erfunden; fake; falschmeldung; gefalscht; manipuliert; "
        "stimmt nicht; unwahr; falsche behauptung; fotomontage; betrug; faelschung; "
        "fälschung; luege; lüge",
    ),
    **_table(
        Verdict.PARTLY_FALSE,
        "teilweise falsch; grosstenteils falsch; größtenteils falsch; halbwahr; "
        "halb wahr; uebertrieben; übertrieben; ungenau; teilweise richtig",
    ),
    **_table(Verdict.MISLEADING, "irrefuhrend; irreführend; verzerrt; missverstandlich"),
    **_table(
        Verdict.MISSING_CONTEXT,
        "fehlender kontext; ohne kontext; aus dem kontext gerissen; kontext fehlt",
    ),
    **_table(Verdict.UNPROVEN, "unbelegt; unbewiesen; nicht belegt; nicht nachweisbar"),
    **_table(Verdict.SATIRE, "satire; parodie"),
    **_table(Verdict.MOSTLY_TRUE, "grosstenteils richtig; größtenteils richtig; weitgehend wahr"),
    **_table(Verdict.TRUE, "richtig; wahr; stimmt; korrekt; zutreffend; echt; belegt"),
    # Arabic (Fatabyyano, Misbar, AFP Arabic, Matsda2sh, Akeed)
    **_table(
        Verdict.FALSE,
        "خطأ; زائف; كاذب; مفبرك; مزيف; خبر زائف; خبر كاذب; غير صحيح; كاذبة; مزيفة; "
        "إشاعة; شائعة; ادعاء كاذب; ملفق; مفبركة; تضليل كامل; زائفة; محتال; احتيال",
    ),
    **_table(
        Verdict.PARTLY_FALSE,
        "صحيح جزئيا; خطأ جزئيا; زائف جزئيا; نصف صحيح; مبالغ فيه; غير دقيق; مبالغة",
    ),
    **_table(Verdict.MISLEADING, "مضلل; مضللة; عنوان مضلل; محرف; مجتزأ"),
    **_table(Verdict.MISSING_CONTEXT, "خارج السياق; سياق ناقص; ينقصه السياق; منزوع السياق"),
    **_table(Verdict.UNPROVEN, "غير مثبت; غير مؤكد; لا دليل; بلا دليل; غير مدعوم"),
    **_table(Verdict.SATIRE, "ساخر; سخرية; محتوى ساخر"),
    **_table(Verdict.MOSTLY_TRUE, "صحيح في معظمه; صحيح غالبا"),
    **_table(Verdict.TRUE, "صحيح; صحيحة; حقيقي; حقيقة; دقيق; مؤكد"),
    # Hindi (Vishvas News, Boom Hindi, Aaj Tak Fact Check, AFP Hindi, Factly, Newschecker)
    **_table(
        Verdict.FALSE,
        "फर्जी; झूठ; झूठा; गलत; फेक; भ्रामक नहीं बल्कि झूठ; फर्जी खबर; झूठी खबर; झूठा दावा; "
        "गलत दावा; फेक न्यूज; मनगढ़ंत; एडिटेड; छेड़छाड़; फर्जी दावा; बेबुनियाद; अफवाह; सच नहीं",
    ),
    **_table(Verdict.PARTLY_FALSE, "आंशिक रूप से गलत; आधा सच; अधूरा सच; आंशिक सच; अतिरंजित"),
    **_table(Verdict.MISLEADING, "भ्रामक; गुमराह करने वाला; भ्रामक दावा; तोड़-मरोड़"),
    **_table(Verdict.MISSING_CONTEXT, "संदर्भ से बाहर; संदर्भ का अभाव; संदर्भ गायब; गलत संदर्भ"),
    **_table(Verdict.UNPROVEN, "अप्रमाणित; पुष्टि नहीं; असत्यापित; कोई सबूत नहीं"),
    **_table(Verdict.SATIRE, "व्यंग्य; व्यंग"),
    **_table(Verdict.MOSTLY_TRUE, "अधिकतर सच; ज्यादातर सच"),
    **_table(Verdict.TRUE, "सच; सही; सत्य; सच्चा; सही दावा; पुष्टि"),
    # Indonesian (Cek Fakta Kompas, Tempo, Liputan6, Turnbackhoax/Mafindo, AFP Indonesia)
    **_table(
        Verdict.FALSE,
        "salah; hoaks; hoax; keliru; palsu; bohong; tidak benar; berita palsu; disinformasi; "
        "konten palsu; konten yang dimanipulasi; manipulasi; penipuan; fitnah; fabrikasi; "
        "hoaks atau keliru",
    ),
    **_table(
        Verdict.PARTLY_FALSE,
        "sebagian benar; sebagian salah; setengah benar; tidak akurat; berlebihan; benar sebagian",
    ),
    **_table(
        Verdict.MISLEADING,
        "menyesatkan; konten menyesatkan; misinformasi; koneksi yang salah; konten tiruan",
    ),
    **_table(
        Verdict.MISSING_CONTEXT,
        "konteks yang salah; butuh konteks; perlu konteks; kurang konteks; di luar konteks",
    ),
    **_table(Verdict.UNPROVEN, "belum terbukti; tidak terbukti; tidak terverifikasi; tanpa bukti"),
    **_table(Verdict.SATIRE, "satire; satir; parodi"),
    **_table(Verdict.MOSTLY_TRUE, "sebagian besar benar"),
    **_table(Verdict.TRUE, "benar; fakta; akurat; sahih; terverifikasi"),
}
_RATINGS = {_fold(k): v for k, v in _RATINGS.items()}

# What we publish back as ClaimReview `alternateName`, and the 1-5 `ratingValue` some feeds use.
_ALTERNATE_NAME: dict[Verdict, str] = {
    Verdict.FALSE: "False",
    Verdict.PARTLY_FALSE: "Partly false",
    Verdict.MISLEADING: "Misleading",
    Verdict.MISSING_CONTEXT: "Missing context",
    Verdict.UNPROVEN: "Unproven",
    Verdict.SATIRE: "Satire",
    Verdict.MOSTLY_TRUE: "Mostly true",
    Verdict.TRUE: "True",
    Verdict.OTHER: "Other",
}


def verdict_from_rating(rating: str | None) -> Verdict:
    """Map a ClaimReview textual rating (any case, accents optional) onto the vocabulary.

    An empty or unknown rating gives `Verdict.OTHER`; the caller keeps the original text.
    """
    if not rating:
        return Verdict.OTHER
    folded = _fold(rating)
    if folded in _RATINGS:
        return _RATINGS[folded]
    try:
        return Verdict(folded.replace(" ", "_"))
    except ValueError:
        return Verdict.OTHER


def rating_for_verdict(verdict: Verdict) -> str:
    """The English ClaimReview `alternateName` we export for a verdict."""
    return _ALTERNATE_NAME[verdict]


def parse_verdict(word: str) -> Verdict | None:
    """Parse a verdict a fact-checker typed ("false", "missing-context", "Falso"); else None."""
    verdict = verdict_from_rating(word)
    return None if verdict is Verdict.OTHER and _fold(word) != "other" else verdict
