using I2cBridge.Ipmb;

namespace I2cBridge.Simulated;

/// <summary>
/// A BMC on IPMB (IPMB v1.0): takes requests written to its slave address (normally 8-bit 0x20, 7-bit 0x10),
/// answers through <see cref="SimulatedBmcResponder"/>, and masters the bus to write the response to the
/// requester's slave address (rqSA), after the request's STOP.
/// </summary>
public sealed class SimulatedIpmbBmc(SimulatedBmcResponder? responder = null) : SimulatedI2cDevice
{
    public SimulatedBmcResponder Responder { get; } = responder ?? new SimulatedBmcResponder();

    /// <summary>Requests to ignore before answering again (to exercise requester retries).</summary>
    public int DropNextRequests { get; set; }

    /// <summary>Valid requests received, dropped ones included.</summary>
    public int RequestsReceived { get; private set; }

    /// <summary>The sequence number of the last request, to check resends reuse it.</summary>
    public byte LastSequence { get; private set; }

    public override void Write(ReadOnlySpan<byte> data)
    {
        Span<byte> frame = stackalloc byte[data.Length + 1];
        frame[0] = (byte)(Address << 1);
        data.CopyTo(frame[1..]);
        if (!IpmbFrame.TryParse(frame, out var request) || request.IsResponse)
            return;
        RequestsReceived++;
        LastSequence = request.Sequence;
        if (DropNextRequests > 0)
        {
            DropNextRequests--;
            return;
        }

        var answer = new byte[256];
        var n = Responder.Respond(request.NetFn, request.Command, request.Data.Span, answer);
        var response = request.ToResponse(answer.AsMemory(0, n)).ToArray();
        Bus?.WriteFromDevice(response[0] >> 1, response.AsSpan(1));
    }

    public override void Read(Span<byte> data) => data.Fill(0xFF); // IPMB is write-only; a read gets the idle bus
}
