"""Blueprint Studio: an offline editor for service blueprints and journey maps."""

# The one place the version is written: pyproject.toml, the installers and the release
# workflow read it from here (reading it back from package metadata cost 60 ms at every start).
__version__ = "0.1.0"
