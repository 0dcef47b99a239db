"""Hand-written parts of the SDK that the generator never touches (Azure, helpers, Realtime)."""
