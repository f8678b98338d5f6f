namespace Ipmi.Protocol.App;

/// <summary>Get Self Test Results response, IPMI v2.0 §20.4, Table 20-5.</summary>
/// <param name="Result">0x55 no error, 0x56 not implemented, 0x57 corrupted or inaccessible data or devices, 0x58 fatal hardware error.</param>
/// <param name="Detail">For 0x57, the failing-device bitmap; otherwise 0.</param>
public readonly record struct GetSelfTestResultsResponse(byte Result, byte Detail)
{
    public const byte Command = 0x04;
    public const byte NoError = 0x55;
    public const int Length = 2;

    public static bool TryParse(ReadOnlySpan<byte> data, out GetSelfTestResultsResponse response)
    {
        response = default;
        if (data.Length < Length)
            return false;
        response = new GetSelfTestResultsResponse(data[0], data[1]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Result;
        destination[1] = Detail;
        return Length;
    }
}
