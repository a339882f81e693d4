"""Blueprint Studio: an offline editor for service blueprints and journey maps."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("blueprint-studio")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
