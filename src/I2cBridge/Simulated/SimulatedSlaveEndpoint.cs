namespace I2cBridge.Simulated;

/// <summary>Receives the data bytes of a write message to our own slave address.</summary>
public delegate void SlaveWriteHandler(ReadOnlySpan<byte> data);

/// <summary>
/// Our side's slave address on the simulated bus: write messages to it go to a callback (an IPMB requester's
/// receive path, <see cref="Ipmb.I2cIpmbChannel.DeliverSlaveWrite"/>). Reads get the idle bus.
/// </summary>
public sealed class SimulatedSlaveEndpoint(SlaveWriteHandler onWrite) : SimulatedI2cDevice
{
    public override void Write(ReadOnlySpan<byte> data) => onWrite(data);

    public override void Read(Span<byte> data) => data.Fill(0xFF);
}
