namespace Outflow.Core.Claims;

/// <summary>What a figure counts (ANNOTATION.md "Measures").</summary>
public enum Measure { Departures, Arrivals, Residents, Asylum, Returns, Mobilized, Queue }

/// <summary>The unit of a figure: people by default; queue readings may be vehicles, km or hours.</summary>
public enum CountUnit { People, Vehicles, Km, Hours }

/// <summary>The period of a rate ("a day", "every month"); absent for totals.</summary>
public enum Rate { Day, Week, Month, Year }

/// <summary>How the words around a figure bound it (ANNOTATION.md "Qualifiers").</summary>
public enum Qualifier { Exact, Approx, AtLeast, AtMost, Nearly, Range, Order }

/// <summary>Who is counted.</summary>
public enum Population { General, Men, ItWorkers, Journalists, Millionaires, PregnantWomen, Reservists, Other }
