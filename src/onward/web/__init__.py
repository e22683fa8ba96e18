"""The thin web layer: pages that combine several features (Today, Settings, a coach's view of a summary).

Each app serves its own pages; a page that reads from more than one feature lives here, so no feature imports
another to draw it. The pages keep the URL names they always had (tracker:today, core:settings, core:shared):
onward/urls.py mounts them in those namespaces. See docs/architecture.md.
"""
