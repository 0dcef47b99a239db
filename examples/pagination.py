#!/usr/bin/env python
"""List endpoints return pages: iterate items across pages, or walk pages by hand.

OPENAI_BASE_URL=http://127.0.0.1:4010 OPENAI_API_KEY=sk-mock python examples/pagination.py
"""

from itertools import islice

from openai import OpenAI

MAX_ITEMS = 25  # the mock always reports another page, so bound the walk

client = OpenAI()

# Automatic: iterating the first page fetches the next ones as needed.
jobs = list(islice(client.fine_tuning.jobs.list(limit=10), MAX_ITEMS))
print("auto-paginated jobs:", len(jobs))

# Manual: one page at a time.
page = client.fine_tuning.jobs.list(limit=10)
pages = 1
while page.has_next_page() and pages < 3:
    print("next page info:", page.next_page_info())
    page = page.get_next_page()
    pages += 1
print("pages fetched:", pages, "items on the last page:", len(page.data))
