namespace Oem.Handlers.Sel;

/// <summary>What the SEL does with a new event when every entry is in use (configuration key <c>Sel:WhenFull</c>).</summary>
public enum SelFullPolicy
{
    /// <summary>
    /// The IPMI behaviour (v2.0 §31.2, §31.6): the event is dropped, Get SEL Info's overflow flag is set and Add SEL
    /// Entry answers 0xC4 until an operator clears or deletes entries.
    /// </summary>
    Stop,

    /// <summary>
    /// A circular log, as many BMCs offer: the oldest entry is erased to make room (the erase timestamp moves and
    /// reservations end, as for Delete SEL Entry), nothing is dropped and the overflow flag stays clear.
    /// </summary>
    Overwrite,
}
