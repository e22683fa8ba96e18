from onward.playbook.models import STAGE_TYPE
from onward.tracker.stages import CLOSED, REJECTIONS


def test_the_tracker_and_the_playbook_agree_on_which_stages_are_rejections():
    # The board says a recovery plan is ready for a move to one of the tracker's REJECTIONS; the playbook
    # makes one for the stages in STAGE_TYPE. They must be the same stages.
    assert set(STAGE_TYPE) == set(REJECTIONS)
    assert set(REJECTIONS) < set(CLOSED)
