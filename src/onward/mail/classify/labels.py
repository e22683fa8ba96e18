"""The labels a message can get, in one place for the classifier and the model it trains."""

LABELS = ("rejection", "interview", "offer", "application_ack", "assessment", "recruiter_outreach", "other")
