# The API level this release implements. Libraries compare `openai.__version__`
# to pick code paths, so it stays the official release number this build matches;
# the distribution's own version (pyproject.toml) carries the `.post` build label.
__title__ = "openai"
__version__ = "2.39.0"
