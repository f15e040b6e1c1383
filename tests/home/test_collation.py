"""Lists of towns read in Polish alphabetical order."""

from home.collation import polish_sort_key


def test_polish_letters_follow_their_base_letters():
    towns = ["Żary", "Zabrze", "Łomża", "Legnica", "Świdwin", "Sokołów Podlaski", "Ciechanów"]
    assert sorted(towns, key=polish_sort_key) == [
        "Ciechanów",
        "Legnica",
        "Łomża",
        "Sokołów Podlaski",
        "Świdwin",
        "Zabrze",
        "Żary",
    ]


def test_case_does_not_change_the_order():
    assert sorted(["łódź", "Lublin", "ŁOMŻA"], key=polish_sort_key) == ["Lublin", "ŁOMŻA", "łódź"]


def test_landing_lists_member_towns_in_polish_order(demo):
    from workspaces.registry import roster

    names = [town.name for town in roster.member_towns(demo.network(1))]
    assert names == sorted(names, key=polish_sort_key)
    assert names != sorted(names)  # the demo has towns (Łomża, Żary) where the orders differ
