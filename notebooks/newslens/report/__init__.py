"""Every sentence a reader sees, one module per notebook section: ``overview`` (00, with the
"who is absent" lines), ``loading`` (01), ``tone`` (02), ``sources`` (03), ``forces`` (04);
``measurement`` states the development-set scores (03's "How sure are we?"); ``common`` holds
what every section shares (the source line under a chart, the sentences printed instead of a
chart).

Each module holds that section's bottom-line bullets, its claims and its chart titles and
subtitles, as pure functions: tidy tables (or an ``Article``) in, strings or lists of Markdown
bullets out. Numbers, counts, plurals and lists are written by ``newslens.fmt``, the one home
of the 0/1/many grammar ("no quotes", "1 voice", "3 of 14 sources", "a, b and c").
"""
