"""General word frequency (wordfreq's Zipf scale), with a fast path for plain words.

``wordfreq.zipf_frequency`` normalises and tokenises its argument on every call it has not
cached, which cost extraction about a second per hundred thousand words of new text. A plain
lower-case ASCII word is its own single token and needs no normalising, so its value is its
frequency bucket's: looked up directly, and the bucket's Zipf value computed once by wordfreq
itself, so the result is wordfreq's to the last digit.
"""

from __future__ import annotations

_BUCKET_ZIPF: dict[tuple[str, float], float] = {}


def zipf(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``: log10 per billion words, 0 when unknown."""
    from wordfreq import get_frequency_dict, zipf_frequency

    if not (word.isascii() and word.isalpha() and word.islower()):
        return zipf_frequency(word, lang) if word else 0.0
    freq = get_frequency_dict(lang, "best").get(word)  # wordfreq's own cached table
    if freq is None:
        return 0.0
    key = (lang, freq)
    value = _BUCKET_ZIPF.get(key)
    if value is None:
        value = _BUCKET_ZIPF[key] = zipf_frequency(word, lang)
    return value
