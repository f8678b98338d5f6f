using I2cBridge.Ipmb;
using I2cBridge.Simulated;

namespace Oem.Tests.PassThrough;

/// <summary>
/// An IPMB responder on the simulated bus that keeps every write message it receives (the bytes after the address
/// byte, as they crossed the wire) and answers through a responder like I2cBridge's SimulatedIpmbBmc does.
/// </summary>
internal sealed class RecordingIpmbBmc(SimulatedBmcResponder responder) : SimulatedI2cDevice
{
    public List<byte[]> Writes { get; } = [];

    public override void Write(ReadOnlySpan<byte> data)
    {
        Writes.Add(data.ToArray());
        var frame = new byte[data.Length + 1];
        frame[0] = (byte)(Address << 1);
        data.CopyTo(frame.AsSpan(1));
        if (!IpmbFrame.TryParse(frame, out var request))
            return;
        var answer = new byte[256];
        var n = responder.Respond(request.NetFn, request.Command, request.Data.Span, answer);
        var response = request.ToResponse(answer.AsMemory(0, n)).ToArray();
        Bus?.WriteFromDevice(response[0] >> 1, response.AsSpan(1));
    }

    public override void Read(Span<byte> data) => data.Fill(0xFF);
}
