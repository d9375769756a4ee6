// check --format junit: the names a CI system shows for the suite and for warnings.
export const checkCi = {
  suite: 'reform 台账检查',
  warnings: '警告',
};
