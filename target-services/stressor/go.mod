module dev.memchaos/stressor

go 1.23

toolchain go1.23.12
