namespace Ipmi.Lan.Sessions;

/// <summary>
/// The last request of a session and the response sent to it. ipmitool retries after one second with the
/// same rqSeq and a new session sequence number; a request equal byte for byte to the remembered one,
/// within the retry window, is answered with the remembered response instead of running again
/// (DESIGN.md, "Behaviour the clients depend on"). The buffers are allocated once per session.
/// </summary>
public sealed class RetryCache
{
    public const int MaxMessage = 320;

    private readonly byte[] _request = new byte[MaxMessage];
    private readonly byte[] _response = new byte[MaxMessage];
    private int _requestLength;
    private int _responseLength;
    private DateTimeOffset _storedAt;

    /// <summary>Copies the remembered response into <paramref name="response"/> when <paramref name="request"/> repeats the last one.</summary>
    public bool TryGetResponse(ReadOnlySpan<byte> request, DateTimeOffset now, TimeSpan window, Span<byte> response, out int length)
    {
        length = 0;
        if (_requestLength == 0 || now - _storedAt > window || !request.SequenceEqual(_request.AsSpan(0, _requestLength)))
            return false;
        _response.AsSpan(0, _responseLength).CopyTo(response);
        length = _responseLength;
        return true;
    }

    public void Store(ReadOnlySpan<byte> request, ReadOnlySpan<byte> response, DateTimeOffset now)
    {
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
}
