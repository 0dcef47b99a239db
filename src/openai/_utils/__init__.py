"""Package-internal helpers used by the runtime core and by generated code.

The names re-exported here are the contract with generated code (see CONTRIBUTING.md);
each lives in the submodule that owns its concern.
"""

from ._path import path_template as path_template
from ._files import (
    extract_files as extract_files,
    deepcopy_minimal as deepcopy_minimal,
)
from ._utils import (
    is_given as is_given,
    required_args as required_args,
)
from ._transform import (
    PropertyInfo as PropertyInfo,
    transform as transform,
    async_transform as async_transform,
    maybe_transform as maybe_transform,
    async_maybe_transform as async_maybe_transform,
)
