"""borderlands: research software for the history of ethnic deportation in the Eurasian
borderlands, 1912-1953, founded on Terry Martin, "The Origins of Soviet Ethnic Cleansing",
Journal of Modern History 70:4 (1998), 813-861."""

__version__ = "0.1.0"
