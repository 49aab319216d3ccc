"""What printed documents contain (partner summary, agreement sheet, event minutes, lists), without rendering.

Each builder takes a live ``Session`` (one unit of work) and returns plain dataclasses of
``XxxOut`` objects; ``desktop.printing`` turns them into pages. Qt-free.
"""

from db.reports.build import (  # noqa: F401
    active_agreements,
    agreement_sheet,
    all_agreements,
    event_minutes,
    owner_followups,
    partner_contacts,
    partner_summaries,
    partner_summary,
)
from db.reports.data import (  # noqa: F401
    AgreementSheet,
    EventMinutes,
    FollowUpLine,
    ListReport,
    PartnerSummary,
    is_overdue,
)
