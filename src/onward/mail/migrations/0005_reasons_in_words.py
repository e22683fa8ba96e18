"""Changes made by mail before reasons were put in words still showed the classifier's scores on the timeline
and the rejection record ("…: rejection. model: rejection 0.87, other 0.10; rule …"): they now read as new ones
do. The scores stay on the message, behind its Details toggle."""

from django.db import migrations


def forward(apps, schema_editor):
    from onward.mail.explain import reword_reasons

    reword_reasons(apps.get_model)


class Migration(migrations.Migration):

    dependencies = [
        ("mail", "0004_failed_mail"),
        ("tracker", "0004_board_index"),
        ("playbook", "0003_kinder_labels"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
