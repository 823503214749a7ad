"""The territory of each CPTS: its departments, communes and intercommunalities,
linked to official codes, and the perimeter they resolve to."""
