namespace Ipmi.Lan.Sessions;

/// <summary>
/// The last request of a session and the response sent to it. ipmitool retries after one second with the
/// same rqSeq and a new session sequence number; a request equal byte for byte to the remembered one,
/// within the retry window, is answered with the remembered response instead of running again
/// (DESIGN.md, "Behaviour the clients depend on"). A retry that arrives while its request is still running
/// (a power cycle holding the button for seconds) is not run either: the first run's response answers it,
/// as its rqSeq is the same. The buffers are allocated once per session.
/// </summary>
public sealed class RetryCache
{
    public const int MaxMessage = 320;

    private readonly byte[] _request = new byte[MaxMessage];
    private readonly byte[] _response = new byte[MaxMessage];
    private int _requestLength;
    private int _responseLength;
    private bool _running;
    private DateTimeOffset _storedAt;

    /// <summary>Whether <paramref name="request"/> repeats the request that is still running.</summary>
    public bool IsRunning(ReadOnlySpan<byte> request) => _running && Repeats(request);

    /// <summary>Copies the remembered response into <paramref name="response"/> when <paramref name="request"/> repeats the last one.</summary>
    public bool TryGetResponse(ReadOnlySpan<byte> request, DateTimeOffset now, TimeSpan window, Span<byte> response, out int length)
    {
        length = 0;
        if (_running || now - _storedAt > window || !Repeats(request))
            return false;
        _response.AsSpan(0, _responseLength).CopyTo(response);
        length = _responseLength;
        return true;
    }

    /// <summary>Remembers <paramref name="request"/> as running until <see cref="Store"/> or <see cref="Abandon"/>.</summary>
    public void Start(ReadOnlySpan<byte> request)
    {
        if (request.Length > MaxMessage)
        {
            Abandon();
            return;
        }
        request.CopyTo(_request);
        _requestLength = request.Length;
        _running = true;
    }

    public void Store(ReadOnlySpan<byte> request, ReadOnlySpan<byte> response, DateTimeOffset now)
    {
        _running = false;
        if (request.Length > MaxMessage || response.Length > MaxMessage)
        {
            _requestLength = 0;
            return;
        }
        request.CopyTo(_request);
        response.CopyTo(_response);
        _requestLength = request.Length;
        _responseLength = response.Length;
        _storedAt = now;
    }

    /// <summary>Forgets the running request (its command failed without a response).</summary>
    public void Abandon()
    {
        _running = false;
        _requestLength = 0;
    }

    private bool Repeats(ReadOnlySpan<byte> request) =>
        _requestLength != 0 && request.SequenceEqual(_request.AsSpan(0, _requestLength));
}
