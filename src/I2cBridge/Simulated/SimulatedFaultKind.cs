namespace I2cBridge.Simulated;

/// <summary>Faults the simulated bus can inject, and the failure each surfaces as.</summary>
public enum SimulatedFaultKind
{
    /// <summary>No target ACKs its address → <see cref="I2cFailure.Nack"/>.</summary>
    NackOnAddress,

    /// <summary>The target ACKs <see cref="SimulatedFault.AfterBytes"/> written bytes then NACKs → <see cref="I2cFailure.Nack"/>.</summary>
    NackAfterBytes,

    /// <summary>The transfer times out once (clock held too long) → <see cref="I2cFailure.Timeout"/>.</summary>
    Timeout,

    /// <summary>SDA held low: every transfer times out until <see cref="I2cBus.Recover"/> → <see cref="I2cFailure.Timeout"/>.</summary>
    StuckBus,

    /// <summary>One read byte arrives flipped (XOR <see cref="SimulatedFault.XorMask"/>): silent corruption, caught only by PEC or checksums.</summary>
    CorruptByte,

    /// <summary>The PEC byte of an SMBus read arrives wrong → <see cref="I2cFailure.BadPec"/>.</summary>
    BadPec,
}
