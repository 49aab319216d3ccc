"""Screenshots of the import wizard on the shapes of the seventh corpus round (issue 19): a LinkedIn
export of first names only, where two people of one first name are told apart by their job titles,
and an agenda of times, titles and instructors read as a list, not as a timetable grid.

    uv run python docs/screenshots/make_import_seventh_screenshots.py

Offscreen, on a temporary catalogue: it never touches the user's files.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_import_evidence_screenshots import offscreen_catalogue, photograph


def main() -> None:
    with offscreen_catalogue() as (app, services, tmp):
        # 1. first names only: two « Jose Antonio » at 3M with other job titles are two people
        linkedin = tmp / "Connections.csv"
        linkedin.write_text("First Name;Company;Position;Connected On\n"
                            "Elisa;;Consultora de Recursos Humanos;30-oct-09\n"
                            "Jose Antonio;3M;Healthcare IT Consultant;12-feb-18\n"
                            "Jose Antonio;3M;Supply Chain Manager;02-mar-19\n"
                            "Elisa;;Coordinadora de clínica dental;18-jun-20\n"
                            "Raquel;91 GRADOS;CEO;04-may-20\n", encoding="utf-8")
        photograph(app, services, linkedin, "import_seventh_1_prenoms_apercu.png", kind="contact")
        # 2. times, titles and instructors: a list of five sessions, not a grid of rooms
        agenda = tmp / "agenda.csv"
        agenda.write_text("Time,Title,Instructor\n9:00-10:30,Intro to SWMM,Caleb Buahin\n"
                          "10:45-12:00,Hydraulics,Mitch Heineman\n13:00-14:30,Water quality,Caleb Buahin\n"
                          "14:45-16:00,Calibration,Mitch Heineman\n16:15-17:00,Q&A,\n", encoding="utf-8")
        photograph(app, services, agenda, "import_seventh_2_seances_apercu.png", kind="session")



if __name__ == "__main__":
    main()
