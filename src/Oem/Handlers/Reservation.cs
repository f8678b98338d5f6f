namespace Oem.Handlers;

/// <summary>
/// A repository reservation (IPMI v2.0 §31.4 Reserve SEL, §33.11 Reserve SDR Repository): each reserve makes a new
/// ID current and cancels the previous one; a change to the repository cancels the current one. ID 0 is never
/// issued, so a request quoting 0 is never "current".
/// </summary>
public sealed class Reservation
{
    private readonly Lock _lock = new();
    private ushort _last;
    private ushort? _current;

    public ushort Reserve()
    {
        lock (_lock)
        {
            _last = (ushort)(_last == ushort.MaxValue ? 1 : _last + 1);
            _current = _last;
            return _last;
        }
    }

    public void Cancel()
    {
        lock (_lock)
            _current = null;
    }

    public bool IsCurrent(ushort id)
    {
        lock (_lock)
            return _current == id;
    }
}
