namespace Ipmi.Lan.Sessions;

/// <summary>
/// The inbound session sequence number check, IPMI v2.0 §6.12.13 and §13.6: zero is never valid; a number
/// up to 15 above the highest seen is accepted and moves the window; a number up to 15 below it is
/// accepted once (a bitmap remembers which were seen); repeats and anything older are rejected. The first
/// number of a session opens the window (consoles start at different values). Wrap-around after 2^32
/// packets is not handled: such a session is rejected and the console opens a new one.
/// </summary>
public struct SequenceWindow
{
    public const int Ahead = 15;
    public const int Behind = 15;

    private uint _highest;
    /// <summary>Bit i set: <c>_highest - i</c> was received.</summary>
    private uint _seen;

    public bool TryAccept(uint sequence)
    {
        if (sequence == 0)
            return false;
        if (_highest == 0)
        {
            _highest = sequence;
            _seen = 1;
            return true;
        }
        if (sequence > _highest)
        {
            var ahead = sequence - _highest;
            if (ahead > Ahead)
                return false;
            _seen = (_seen << (int)ahead) | 1;
            _highest = sequence;
            return true;
        }
        var behind = _highest - sequence;
        if (behind > Behind)
            return false;
        var bit = 1u << (int)behind;
        if ((_seen & bit) != 0)
            return false;
        _seen |= bit;
        return true;
    }
}
