namespace I2cBridge.Simulated;

/// <summary>
/// A simulated target that answers SMBus Block Reads, telling the bus the count byte it will send so the wire
/// time covers exactly that block (the count a real adapter learns from the first byte, I2C_M_RECV_LEN).
/// </summary>
public interface ISmbusBlockSource
{
    int PeekBlockCount(byte command);
}
