"""接车, the advisor's desk (W1-W8): the panel (VIN and plate lookups, V7), its banner, the two record cards,
the work-order form, and the next-step router that opens the guided dialog the rulebook asks for."""
