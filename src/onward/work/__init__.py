"""Background work: the tasks `onward worker` runs, and the schedule that enqueues the periodic ones."""
