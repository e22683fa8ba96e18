"""The stages an application moves through, in one place."""

from django.db import models

from onward.core.errors import OnwardError


class Stage(models.TextChoices):
    WISHLIST = "wishlist", "Wishlist"
    APPLIED = "applied", "Applied"
    SCREENING = "screening", "Screening"
    INTERVIEWING = "interviewing", "Interviewing"
    OFFER = "offer", "Offer"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"
    OFFER_DECLINED = "offer_declined", "Offer declined"
    OFFER_RESCINDED = "offer_rescinded", "Offer rescinded"
    GHOSTED = "ghosted", "No answer (ghosted)"
    POSITION_CLOSED = "position_closed", "Position closed"


# The board shows one column for each of these, in this order.
PIPELINE = [Stage.WISHLIST, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED]
CLOSED = [
    Stage.REJECTED,
    Stage.WITHDRAWN,
    Stage.OFFER_DECLINED,
    Stage.OFFER_RESCINDED,
    Stage.GHOSTED,
    Stage.POSITION_CLOSED,
]
# Closed because the other side said no or went silent: the stages a move to logs a rejection and makes a
# recovery plan for (the playbook's STAGE_TYPE has one rejection type for each).
REJECTIONS = [Stage.REJECTED, Stage.POSITION_CLOSED, Stage.OFFER_RESCINDED, Stage.GHOSTED]
# "Active" applications are the ones still in play: the pipeline the playbook and insights count.
ACTIVE = [Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER]
RANK: dict[str, int] = {stage: i for i, stage in enumerate(PIPELINE)}


class UnknownStage(OnwardError):
    pass


def parse_stage(value: str) -> Stage:
    """Accept a stage's value or label, case and spacing forgiven; raise UnknownStage naming the choices."""
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    for stage in Stage:
        if key in (stage.value, stage.label.lower().replace(" ", "_")):
            return stage
    aliases = {"interview": Stage.INTERVIEWING, "screen": Stage.SCREENING, "closed": Stage.POSITION_CLOSED}
    if key in aliases:
        return aliases[key]
    choices = ", ".join(s.value for s in Stage)
    raise UnknownStage(f"Unknown stage {value!r}. Choose one of: {choices}.")


# A first answer from the employer: the first move to one of these (or the first interview logged).
ANSWER_STAGES = frozenset({
    Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER, Stage.ACCEPTED, Stage.REJECTED, Stage.OFFER_DECLINED,
    Stage.OFFER_RESCINDED, Stage.POSITION_CLOSED,
})
# Application.stages_seen holds one bit per stage the application has ever been at, and INTERVIEW_BIT once an
# interview was logged, so Insights counts with aggregate queries instead of reading every history row.
STAGE_BIT = {stage.value: 1 << i for i, stage in enumerate(Stage)}
INTERVIEW_BIT = 1 << len(Stage)


def stage_mask(stages) -> int:
    mask = 0
    for stage in stages:
        mask |= STAGE_BIT.get(stage, 0)
    return mask


def stages_in(mask: int) -> frozenset[str]:
    return frozenset(stage for stage, bit in STAGE_BIT.items() if mask & bit)
