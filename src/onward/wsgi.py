import gc
import os
from importlib import import_module

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "onward.settings")
application = get_wsgi_application()

# Import every view now and move everything loaded so far out of the garbage collector's reach: these objects
# live as long as the process, and without this each full collection walks all of them again (about 5% of a
# request's time in a server worker).
import_module(settings.ROOT_URLCONF)
gc.freeze()
