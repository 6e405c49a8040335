"""Speakers named behind a title that holds an organisation ("Interim Harbor Police Chief ...") or
behind a descriptor capitalised at the start of a sentence ("Resident ..."), and the pronouns and
surnames that follow them: the person, never the organisation, and one canonical name."""

import pytest
from helpers import found

D, R = "direct", "indirect"

CASES = [
    (
        "Interim Harbor Police Chief Dana Whitlock told reporters the suspect was caught at dawn. "
        "She said no one else was hurt.",
        [
            (R, "the suspect was caught at dawn", "Dana Whitlock"),
            (R, "no one else was hurt", "Dana Whitlock"),
        ],
    ),
    (
        "“We are checking every car,” Velmora Transit Authority Director Omar Haddad said.",
        [(D, "We are checking every car,", "Omar Haddad")],
    ),
    (
        "Resident Ilse Brandt says the water reached her porch in minutes.\n\n"
        "Brandt says the town had no warning.",
        [
            (R, "the water reached her porch in minutes", "Ilse Brandt"),
            (R, "the town had no warning", "Ilse Brandt"),
        ],
    ),
    (
        "Employee Tomas Varga tells the paper the van was never returned. "
        "Interim Port Police Chief Kofi Mensah told reporters the driver had fled. "
        "He says the search will go on overnight.",
        [
            (R, "the van was never returned", "Tomas Varga"),
            (R, "the driver had fled", "Kofi Mensah"),
            (R, "the search will go on overnight", "Kofi Mensah"),
        ],
    ),
    # a demonym before a name is a title word, for every demonym of ``words.DEMONYMS``
    ("“The port will reopen,” Kenyan Amara Odhiambo said.", [(D, "The port will reopen,", "Amara Odhiambo")]),
    ("“The road is open,” Afghan Omar Zaki said.", [(D, "The road is open,", "Omar Zaki")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speaker_behind_a_title_or_descriptor(text, expected):
    assert found(text) == expected
