namespace Oem.Chips.Pca9555;

/// <summary>
/// PCA9555 command bytes (NXP PCA9555 datasheet Table 4). Registers come in pairs (port 0, port 1); after each byte
/// the pointer moves to the other register of its pair.
/// </summary>
public enum Pca9555Register : byte
{
    InputPort0 = 0,
    InputPort1 = 1,
    OutputPort0 = 2,
    OutputPort1 = 3,
    PolarityInversionPort0 = 4,
    PolarityInversionPort1 = 5,
    /// <summary>1 = input (power-on default), 0 = output.</summary>
    ConfigurationPort0 = 6,
    ConfigurationPort1 = 7,
}
