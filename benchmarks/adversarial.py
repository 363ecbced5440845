"""Scaling check: one long article of numbered repeated paragraphs, analysed at two sizes.

    uv run python benchmarks/adversarial.py

The paragraph strings together the constructions the speaker rules look back or forward from
(vox-pop lists, relatives, asides between dashes or commas, topics after أما, relays, quoted
names, abbreviated ranks), so a rule that rescans the text before it, or copies the rest of the
article, shows as time growing faster than the article. Each paragraph is numbered, so no line
repeats (identical lines would be read as site chrome). Prints the size, the seconds and the
statements read at 1x and 4x; linear behaviour keeps the 4x time near four times the 1x time or
below (fixed costs dominate the small size). No timing is asserted anywhere: see README.md.
"""

from __future__ import annotations

import time

from framing import Analyzer, Article

PARAGRAPH = (
    "وقال مشجعو نادي النصر صالح الحبشي وخالد العتيبي وتركي العتيبي: إن العالمي يعرف جيدا ماذا يريد. "
    "ويتفق معهم محمد السقاف وعبدالرحمن المباركي اللذان قالا: إن ما قدمه العالمي كفيل. "
    "نقلت صحيفة القبس الكويتية عن وزير النفط الكويتي علي العمير، توقّعه ارتفاع أسعار النفط. "
    "أكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي اليوم أنها بسطت سيطرتها. "
    'وقال وزير الطاقة سهيل المزروعي إن اللجنة تضم الرئيس التنفيذي لشركة بترول الإمارات الوطنية "اينوك" ووكيل الوزارة. '
    "وقالت لإحدى الصحف: إن الطفل كان يحب الغسالة. هذا ما أضافه العمير الذي تابع: «سنبدأ غدا».\n"
    "حسين عطية - بائع عطور - يقول من جانبه «كانت حركة البيع جيدة». المغرد خالد المرزوق قال في تغريدة “يعجز الإنسان”، "
    "أما المغرد عبد الكريم العنزي فقد طالب بتكريمه. لكن وولتر غولييلموني، وهو الأخ غير الشقيق، كشف بان اللاعب حصل على ضمانات. "
    'أما المواطن "علي بن قاسم" فطالب الجهات المعنية بمضاعفة الجهود. وقال علماء إن المشروع كبير وقال دان ويرثايمر إن الموقع مهم. '
    "وأكد مسؤول (بارع) في الأحساء محمد عبدالعزيز العويفير أن الحرفيين مؤهلون. "
    "وكان جون كيري وزير الخارجية أبلغ المنتدى أن الصين تقيد الملاحة. "
    "ذكر ذلك رئيس البلدية المهندس عصام الملا في تصريح صحفي، موضحا أن البلدية أغلقت المطعم. "
    "وأكد مدير الجامعة أ.د. عبدالرحمن الداود أن التفجير جريمة.\n"
)


def article(kilobytes: int) -> str:
    """Numbered copies of PARAGRAPH up to about ``kilobytes`` kB of UTF-8."""
    count = max(1, kilobytes * 1000 // len(PARAGRAPH.encode("utf-8")))
    return "".join(f"الفقرة {i}: " + PARAGRAPH for i in range(count))


def main() -> None:
    analyzer = Analyzer()
    analyzer.analyse(Article(id="warm", text=PARAGRAPH))  # (lexicons loaded before timing)
    for kilobytes in (47, 188):
        text = article(kilobytes)
        start = time.perf_counter()
        result = analyzer.analyse(Article(id="adversarial", text=text))
        seconds = time.perf_counter() - start
        print(f"{len(text.encode('utf-8')) // 1000} kB: {seconds:.2f} s, {len(result.statements)} statements")


if __name__ == "__main__":
    main()
