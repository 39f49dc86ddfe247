# In a virtual environment, from the checkout at $ROUNDTABLE (not on PyPI yet):
python3 -m venv .venv && . .venv/bin/activate
pip install "$ROUNDTABLE/sdk-gen/python"
