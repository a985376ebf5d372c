"""Posts: the role a title gives, read from the body it names."""


def test_the_wakil_of_a_university_is_its_vice_president_and_of_a_ministry_its_deputy(extract):
    result = extract(
        "افتتح وكيل جامعة الشرق للعلوم الأمنية للشؤون التعليمية الدكتور فهد سالم المري الورشة يوم "
        "3 مارس 2025، بحضور وكيل وزارة الداخلية اللواء سالم ناصر الفهد."
    )
    roles = {(post.holder.label, post.role) for post in result.doc.posts}
    assert ("فهد سالم المري", "vice-president") in roles
    assert ("سالم ناصر الفهد", "deputy-minister") in roles
